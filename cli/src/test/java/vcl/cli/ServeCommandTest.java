package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vcl.experiments.serve.ExplorerServer;
import vcl.experiments.serve.ServeSpec;

/** {@code vcl serve}: its options are checked like every command's, and its 400s say what the CLI says. */
class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsBadInput() {
        CliRunner.Result r = CliRunner.run("serve", "--port", "70000");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("vcl: error: --port must lie in [0, 65535], got 70000" + System.lineSeparator(), r.err());
    }

    @Test
    void badParametersAreAnswered400WithTheCommandLinesMessage() throws IOException, InterruptedException {
        String[][] cases = {
            {"task1.svg?beta=-1", "solve task1 --alpha 1 --beta -1"},
            {"task1.svg?beta=abc", "solve task1 --alpha 1 --beta abc"},
            {"task1.svg?prior=foo", "solve task1 --alpha 1 --prior foo"},
            {"task1.svg?prior=entropy&entropy-k=-2", "solve task1 --alpha 1 --prior entropy --entropy-k -2"},
            {"task2.svg?gamma=101", "solve task2 --alpha1 2 --gamma 101 --r0 0 --alpha2 1"},
            {"task2.svg?r0=1.5", "solve task2 --alpha1 2 --gamma 1 --r0 1.5 --alpha2 1"},
            {"task2.svg?alpha1=60", "solve task2 --alpha1 60 --gamma 1 --r0 0 --alpha2 1"},
        };
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (ExplorerServer server = ServeCommand.explorer(new ServeSpec(ServeSpec.LOOPBACK, 0))) {
            for (String[] c : cases) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.address() + c[0]))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                CliRunner.Result cli = CliRunner.run(c[1].split(" "));
                String firstLine = cli.err().lines().findFirst().orElseThrow();
                assertEquals(400, response.statusCode(), c[0]);
                assertEquals(ExitCodes.BAD_INPUT, cli.exitCode(), c[1]);
                assertEquals(firstLine, "vcl: error: " + response.body().strip(), c[0] + " against " + c[1]);
            }
        }
    }
}
