package vcl.experiments.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure of the catalog whose id, title and presets are fixed strings: a subclass passes them to
 * the constructor and implements only {@link #build}.
 */
abstract class PaperFigure implements FigureDefinition {

    private final String id;
    private final String title;
    private final String presets;

    PaperFigure(String id, String title, String presets) {
        this.id = id;
        this.title = title;
        this.presets = presets;
    }

    /**
     * The parameters every trajectory figure records first, in this order: n, alpha, seeds, epochs,
     * record_every, optimizer; the figure adds its own after them.
     */
    static Map<String, Object> trajectoryParameters(int n, Object alpha, int seeds, int epochs, int recordEvery,
            String optimizer) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", n);
        p.put("alpha", alpha);
        p.put("seeds", seeds);
        p.put("epochs", epochs);
        p.put("record_every", recordEvery);
        p.put("optimizer", optimizer);
        return p;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String presets() {
        return presets;
    }
}
