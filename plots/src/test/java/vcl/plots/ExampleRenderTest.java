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
        FigureExporter.writeAll(ExampleFigures.twoPanels(), out, "two-panels");
        FigureExporter.writeAll(FigureSpec.of(ExampleFigures.errorVsAlpha()), out, "one-panel");
        assertTrue(Files.size(out.resolve("two-panels.png")) > 10_000);
    }
}
