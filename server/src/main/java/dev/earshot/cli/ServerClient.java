package dev.earshot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The CLI's way into a running server: JSON requests with the admin key as a Bearer header. Commands that
 * write go through the server because only one process may open the DuckDB file for writing.
 */
final class ServerClient {
    private final URI server;
    private final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerClient(URI server, String adminKey) {
        this.server = server;
        this.adminKey = adminKey;
    }

    /** Sends a body of any type (an upload), with the key as for {@link #send}. */
    HttpResponse<String> sendBody(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                  Duration timeout) {
        return exchange(HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", contentType)
                .method(method, body), timeout);
    }

    /** Sends {@code json} (or no body when null); an unreachable server is an IllegalStateException that says so. */
    HttpResponse<String> send(String method, String path, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, timeout);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, Duration timeout) {
        request.timeout(timeout).header("Accept", "application/json");
        if (adminKey != null && !adminKey.isBlank()) {
            request.header("Authorization", "Bearer " + adminKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + server + " (" + e.getMessage() + "); is the server running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
