package vcl.tests.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vcl.experiments.serve.ExplorerServer;
import vcl.experiments.serve.QueryParameters;
import vcl.experiments.serve.ServeSpec;
import vcl.experiments.spec.UserInputException;

/**
 * {@code vcl serve} in a real browser: headless Chromium loads the explorer, a slider moved with
 * the keyboard redraws the task-1 figure, a fast drag sends at most one request while another is
 * under way (never one per step), and parameters out of range show the command line's message.
 * The screenshot is left in {@code target/explorer.png}.
 */
class ExplorerBrowserTest {

    /** A short load range keeps the solves of this test cheap. */
    static final String VIEW = "?alpha-max=3";

    @Test
    void aSliderRedrawsThePlotsAndAFastDragQueuesOneRequestAtMost() throws IOException {
        HeadlessChromium.assumeInstalled();
        try (ExplorerServer server = ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, 0));
                HeadlessChromium chromium = HeadlessChromium.start(1400, 1150)) {
            ChromeDriver browser = chromium.driver();
            browser.get(server.address() + VIEW);
            settle(browser);
            String task1Before = svg(browser, "task1");
            assertTrue(task1Before.contains("<svg"), "the task-1 figure is an inline SVG: " + head(task1Before));
            assertTrue(task1Before.contains("β = 20"), "the title names β = 20");
            assertTrue(svg(browser, "task2").contains("γ = 1"), "the task-2 title names γ = 1");

            browser.findElement(By.id("beta")).sendKeys(Keys.ARROW_RIGHT);
            settle(browser);
            String task1After = svg(browser, "task1");
            assertNotEquals(task1Before, task1After, "moving the β slider redraws task 1");
            assertTrue(task1After.contains("β = 20.5"), "the redrawn title names β = 20.5");

            Path screenshot = Path.of("target", "explorer.png");
            Files.createDirectories(screenshot.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot was saved");

            long sentBefore = sent(browser, 1);
            WebElement gamma = browser.findElement(By.id("gamma"));
            gamma.sendKeys(Keys.ARROW_RIGHT.toString().repeat(10));
            settle(browser);
            long sent = sent(browser, 1) - sentBefore;
            assertTrue(sent >= 1 && sent <= 3, "ten quick steps of γ sent " + sent
                    + " task-2 requests: the first, then only the latest after each answer");
            assertEquals("2", gamma.getAttribute("value"));
            assertTrue(svg(browser, "task2").contains("γ = 2"), "the task-2 figure shows the last γ");

            browser.executeScript("var a = document.getElementById('alpha-min'); a.value = 4;"
                    + " a.dispatchEvent(new Event('input', {bubbles: true}));");
            settle(browser);
            String expected = assertThrows(UserInputException.class,
                    () -> QueryParameters.parse("alpha-min=4&alpha-max=3")).getMessage();
            WebElement status = browser.findElement(By.id("status"));
            assertEquals(expected, status.getText(), "the page shows the server's 400 message");
            assertEquals("error", status.getAttribute("class"));
        }
    }

    /**
     * The latency from a slider's change to the redrawn, painted figures over scripted drags of
     * {@code -Dvcl.explorer.drag=N} steps (50 for the documented numbers; off by default, since every
     * step is a new solve): β up (both figures solve), the same β steps back down (answered from the
     * cache), and γ up (task 2 solves). Median and worst are printed and written to
     * {@code target/explorer-latency.txt}.
     */
    @Test
    void sliderToPlotLatencyOverAScriptedDrag() throws IOException {
        int steps = Integer.getInteger("vcl.explorer.drag", 0);
        Assumptions.assumeTrue(steps > 0, "skipped: set -Dvcl.explorer.drag=50 to measure the slider-to-plot latency");
        HeadlessChromium.assumeInstalled();
        StringBuilder report = new StringBuilder();
        try (ExplorerServer server = ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, 0));
                HeadlessChromium chromium = HeadlessChromium.start(1400, 1150)) {
            ChromeDriver browser = chromium.driver();
            browser.get(server.address().toString());
            settle(browser);
            report.append(drag(browser, "beta", 20, 0.5, steps, "β up, both figures solved"));
            report.append(drag(browser, "beta", 20 + 0.5 * steps, -0.5, steps, "β back down, from the cache"));
            report.append(drag(browser, "gamma", 1, 0.1, steps, "γ up, task 2 solved"));
        }
        Files.writeString(Path.of("target", "explorer-latency.txt"), report);
        System.out.print(report);
    }

    /** {@code steps} slider changes, to from + step, from + 2 step, …, each waited for until painted. */
    private static String drag(ChromeDriver browser, String slider, double from, double step, int steps, String what) {
        double[] latency = new double[steps];
        for (int i = 0; i < steps; i++) {
            String value = java.math.BigDecimal.valueOf(from).add(java.math.BigDecimal.valueOf(step).multiply(
                    java.math.BigDecimal.valueOf(i + 1L))).stripTrailingZeros().toPlainString();
            Object ms = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " var el = document.getElementById(arguments[0]); var t0 = performance.now();"
                    + " el.value = arguments[1]; el.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " window.vclSettled().then(function () { done(performance.now() - t0); });", slider, value);
            latency[i] = ((Number) ms).doubleValue();
        }
        double[] sorted = latency.clone();
        java.util.Arrays.sort(sorted);
        double median = steps % 2 == 1 ? sorted[steps / 2] : 0.5 * (sorted[steps / 2 - 1] + sorted[steps / 2]);
        return String.format(java.util.Locale.ROOT, "%s (%d steps): median %.0f ms, worst %.0f ms, best %.0f ms%n",
                what, steps, median, sorted[steps - 1], sorted[0]);
    }

    /** Waits until both figures show the current controls, and the browser has painted them. */
    static void settle(ChromeDriver browser) {
        browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.vclSettled().then(done);");
    }

    static String svg(ChromeDriver browser, String id) {
        return (String) browser.executeScript("return document.getElementById(arguments[0]).innerHTML.trim();", id);
    }

    static long sent(ChromeDriver browser, int figure) {
        return ((Number) browser.executeScript("return window.vclFigures[arguments[0]].sent;", figure)).longValue();
    }

    private static String head(String s) {
        return s.substring(0, Math.min(80, s.length()));
    }
}
