package dev.earshot.support;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import dev.earshot.lake.LakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Earshot on a random port over a real DuckDB file, with a plain HTTP client.
 *
 * <p>The one way an IT gets a server: {@code @RegisterExtension final RunningServer server =
 * RunningServer.inTempDir();} starts one before each test (once for the class on a {@code static} field), over a
 * database in a folder of its own, and stops it after — before the test's own {@code @BeforeEach}, which may seed
 * it. The {@code start} methods are for a test that stops and starts a server itself (restarts, a second server).
 */
public final class RunningServer implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Function<Path, EarshotConfig> config;
    private final Clock clock;
    private volatile Earshot earshot;
    private Path dir;
    private boolean perClass;

    private RunningServer(Earshot earshot) {
        this(null, null);
        this.earshot = earshot;
    }

    private RunningServer(Function<Path, EarshotConfig> config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** An extension: the default configuration, on a random port, with the system clock. */
    public static RunningServer inTempDir() {
        return inTempDir(dir -> EarshotConfig.defaults(dir.resolve("earshot.duckdb")).withPort(0));
    }

    /** An extension: {@code config} of the folder the database goes in (give it port 0). */
    public static RunningServer inTempDir(Function<Path, EarshotConfig> config) {
        return new RunningServer(config, null);
    }

    /** The same extension with {@code clock} as the server's "now". */
    public RunningServer withClock(Clock clock) {
        return new RunningServer(config, clock);
    }

    public static RunningServer start(Path database) {
        return start(EarshotConfig.defaults(database).withPort(0));
    }

    public static RunningServer start(EarshotConfig config) {
        return new RunningServer(Earshot.start(config));
    }

    /** With {@code clock} as the server's "now". */
    public static RunningServer start(EarshotConfig config, Clock clock) {
        return new RunningServer(Earshot.start(config, clock));
    }

    /** Read-only over a Parquet lake ({@code serve --lake}), its scratch database made at {@code config.database()}. */
    public static RunningServer onLake(EarshotConfig config, Clock clock, LakeSettings lake) {
        return new RunningServer(Earshot.start(config.withLake(lake), clock));
    }

    /** The folder an extension's server keeps its database in (null for one started by hand). */
    public Path dir() {
        return dir;
    }

    public Earshot earshot() {
        return earshot;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + earshot.port() + path);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Any request, with header name/value pairs; {@code body} null for none. */
    public HttpResponse<String> request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        launch();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            launch();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stopAndRemove();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAndRemove();
    }

    private void launch() {
        dir = TempFolders.create("earshot-it");
        boot();
    }

    /** Stops an extension's server and starts it again over the same database, as an operator's restart would. */
    public void restart() {
        close();
        boot();
    }

    private void boot() {
        EarshotConfig c = config.apply(dir);
        earshot = clock == null ? Earshot.start(c) : Earshot.start(c, clock);
    }

    private void stopAndRemove() {
        try {
            close();
        } finally {
            TempFolders.delete(dir);
            dir = null;
        }
    }

    /** Stops the server (again is a no-op: a test may stop it early, to read the file the server held). */
    @Override
    public void close() {
        Earshot running = earshot;
        earshot = null;
        if (running != null) {
            running.close();
        }
    }
}
