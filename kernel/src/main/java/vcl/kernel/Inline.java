package vcl.kernel;

import java.util.Base64;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import vcl.plots.FigureExporter;
import vcl.plots.FigureSpec;

/**
 * Figures shown in the notebook: {@code display(figure)} in a cell sends the figure as PNG display
 * data to the running kernel, and returns the figure so that it can be written to files in the
 * same expression.
 */
public final class Inline {

    /** PNG pixels per point inline: half the files' scale keeps notebooks small. */
    public static final double SCALE = 1;

    private Inline() {
    }

    /** The display data of a figure: PNG (base64) and a line of text. */
    public static DisplayData of(FigureSpec figure) {
        FigureSpec small = figure.withPngScale(SCALE);
        DisplayData data = new DisplayData("figure " + (figure.title().isEmpty() ? "" : figure.title()));
        data.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(FigureExporter.toPng(small)));
        return data;
    }

    /** Shows the figure in the running notebook (nothing outside one) and returns it. */
    public static FigureSpec display(FigureSpec figure) {
        BaseKernel kernel;
        try {
            kernel = BaseKernel.notebookKernel();
        } catch (NullPointerException outsideANotebook) {
            return figure;
        }
        kernel.display(of(figure));
        return figure;
    }
}
