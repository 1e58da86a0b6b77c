package vcl.experiments.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vcl.experiments.spec.UserInputException;

/**
 * The live explorer: the JDK's HTTP server answering {@code GET /} with the page (sliders and two
 * figures) and {@code GET /task1.svg?…}, {@code GET /task2.svg?…} with the figures drawn by
 * {@link ExplorerFigures} for the parameters in the query ({@link QueryParameters}). Bad parameters
 * are answered 400 with the command line's message as plain text; anything else that fails, 500.
 */
public final class ExplorerServer implements AutoCloseable {

    private static final String PAGE = "/vcl/experiments/serve/explorer.html";
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ExplorerFigures figures;
    private final UnaryOperator<String> accepts;

    private ExplorerServer(HttpServer server, ExecutorService executor, ExplorerFigures figures,
                           UnaryOperator<String> accepts) {
        this.accepts = accepts;
        this.server = server;
        this.executor = executor;
        this.figures = figures;
    }

    /** Binds to the spec's address and starts answering; an address in use is an {@link IOException}. */
    public static ExplorerServer start(ServeSpec spec) throws IOException {
        return start(spec, option -> "");
    }

    /**
     * As {@link #start(ServeSpec)}; a value that is not a number gets {@code accepts.apply("--option")}
     * appended to its message, so that the answer words it as the command line does (the command line
     * adds what the option accepts).
     */
    public static ExplorerServer start(ServeSpec spec, UnaryOperator<String> accepts) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(spec.host(), spec.port()), 16);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + spec.host() + ":" + spec.port() + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemons());
        ExplorerFigures figures = new ExplorerFigures();
        ExplorerServer explorer = new ExplorerServer(server, executor, figures, accepts);
        byte[] page = page();
        server.createContext("/", ex -> explorer.answer(ex, e -> new Reply(200, "text/html; charset=utf-8", page)));
        server.createContext("/task1.svg", ex -> explorer.answer(ex, e -> explorer.svg(e, figures::task1Svg)));
        server.createContext("/task2.svg", ex -> explorer.answer(ex, e -> explorer.svg(e, figures::task2Svg)));
        server.setExecutor(executor);
        server.start();
        return explorer;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The figures and their caches. */
    public ExplorerFigures figures() {
        return figures;
    }

    /** Stops answering and frees the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One answer: status, content type, body. */
    private record Reply(int status, String contentType, byte[] body) {

        static Reply text(int status, String message) {
            return new Reply(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private Reply svg(HttpExchange exchange, Function<ExplorerRequest, String> draw) {
        ExplorerRequest request;
        try {
            request = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        } catch (UserInputException e) {
            String message = e.getMessage();
            return Reply.text(400, message.startsWith("Invalid value for option") && e.option() != null
                    ? message + accepts.apply(e.option()) : message);
        }
        long t0 = System.nanoTime();
        byte[] body = draw.apply(request).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Server-Timing",
                "draw;dur=" + Math.round((System.nanoTime() - t0) / 1e6));
        exchange.getResponseHeaders().add("Cache-Control", "max-age=3600");
        return new Reply(200, "image/svg+xml; charset=utf-8", body);
    }

    private void answer(HttpExchange exchange, Function<HttpExchange, Reply> handler) throws IOException {
        try (exchange) {
            Reply reply;
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            boolean known = "/".equals(path) || "/task1.svg".equals(path) || "/task2.svg".equals(path);
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                reply = Reply.text(405, method + " is not supported: the explorer only answers GET");
            } else if (!known) {
                reply = Reply.text(404, "no such page: " + path);
            } else {
                reply = safely(exchange, handler);
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            boolean head = "HEAD".equals(method);
            exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    private Reply safely(HttpExchange exchange, Function<HttpExchange, Reply> handler) {
        try {
            return handler.apply(exchange);
        } catch (UserInputException e) {
            String message = e.getMessage();
            return Reply.text(400, message.startsWith("Invalid value for option") && e.option() != null
                    ? message + accepts.apply(e.option()) : message);
        } catch (RuntimeException e) {
            return Reply.text(500, "internal error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        }
    }

    private static byte[] page() {
        try (InputStream in = ExplorerServer.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the explorer page " + PAGE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the explorer page: " + e.getMessage(), e);
        }
    }

    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "vcl-serve");
            t.setDaemon(true);
            return t;
        };
    }
}
