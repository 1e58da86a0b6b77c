package vcl.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vcl.experiments.spec.UserInputException;

/** The explorer over HTTP: the page, figures cached per parameter set, 400, 404 and 405. */
class ExplorerServerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void servesThePageAndCachedFiguresOnTheLoopbackAddress() throws IOException, InterruptedException {
        try (ExplorerServer server = ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, 0))) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> page = get(server, "");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("id=\"task1\"") && page.body().contains("vclSettled"));

            String small = "task1.svg?alpha-min=0.5&alpha-max=1&points=5";
            HttpResponse<String> first = get(server, small);
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            assertTrue(first.body().contains("<svg") && first.body().contains("task 1: β = 20, flat prior"));
            long misses = server.figures().cacheMisses();
            HttpResponse<String> again = get(server, "task1.svg?points=5&alpha-max=1&alpha-min=0.5&gamma=3");
            assertEquals(first.body(), again.body(), "γ does not enter task 1: the same figure");
            assertEquals(misses, server.figures().cacheMisses(), "answered from the cache");
            assertEquals(1, server.figures().cacheHits());
        }
    }

    @Test
    void answersBadParametersWith400AndTheSpecsMessage() throws IOException, InterruptedException {
        try (ExplorerServer server = ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, 0))) {
            HttpResponse<String> r = get(server, "task2.svg?r0=1.5");
            assertEquals(400, r.statusCode());
            assertEquals("--r0 must lie in [-1, 1], got 1.5\n", r.body());
            HttpResponse<String> range = get(server, "task1.svg?alpha-min=3&alpha-max=2");
            assertEquals(400, range.statusCode());
            assertEquals("--alpha must be a range min < max, got 3.0 to 2.0\n", range.body());
            HttpResponse<String> unknown = get(server, "task1.svg?temperature=2");
            assertEquals(400, unknown.statusCode());
            assertEquals("Unknown option: '--temperature'\n", unknown.body());
            assertEquals(404, get(server, "nothing-here").statusCode());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.address())
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    @Test
    void aPortOutOfRangeIsBadInput() {
        UserInputException e = assertThrows(UserInputException.class, () -> new ServeSpec(ServeSpec.LOOPBACK, -1));
        assertEquals("--port must lie in [0, 65535], got -1", e.getMessage());
    }

    @Test
    void aPortInUseIsAnIoErrorNamingTheAddress() throws IOException {
        try (ExplorerServer server = ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, 0))) {
            int port = server.address().getPort();
            IOException e = assertThrows(IOException.class,
                    () -> ExplorerServer.start(new ServeSpec(ServeSpec.LOOPBACK, port)));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
        }
    }

    private HttpResponse<String> get(ExplorerServer server, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.address() + path)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
