package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Renders the example figures into target/example-figures for inspection by eye. */
class ExampleRenderTest {

    @Test
    void rendersExamplesForInspection() throws Exception {
        Path out = Paths.get("target", "example-figures");
        Files.createDirectories(out);
        for (ExportFormat format : ExportFormat.values()) {
            Files.write(out.resolve("two-panels." + format.extension()), FigureExporter.render(ExampleFigures.twoPanels(), format));
            Files.write(out.resolve("one-panel." + format.extension()),
                    FigureExporter.render(FigureSpec.of(ExampleFigures.errorVsAlpha()), format));
        }
        assertTrue(Files.size(out.resolve("two-panels.png")) > 10_000);
    }
}
