package dev.earshot.support;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.lake.LakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** A real Earshot on a random port over a real DuckDB file, with a plain HTTP client. */
public final class RunningServer implements AutoCloseable {
    private final Earshot earshot;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningServer(Earshot earshot) {
        this.earshot = earshot;
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
        return new RunningServer(Earshot.start(config, clock, null, lake));
    }

    /** Producing accepted events to Kafka instead of the embedded file. */
    public static RunningServer start(EarshotConfig config, KafkaSinkSettings kafka) {
        return new RunningServer(Earshot.start(config, Clock.systemUTC(), kafka));
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
    public void close() {
        earshot.close();
    }
}
