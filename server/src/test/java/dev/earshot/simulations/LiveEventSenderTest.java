package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveEventSenderTest {
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sendsNdjsonInBatchesOfAtMost500() throws IOException {
        URI target = serve(ex -> reply(ex, 200, "{\"accepted\": 1, \"duplicates\": 0, \"rejected\": []}", null));
        try (LiveEventSender sender = new LiveEventSender(HttpClient.newHttpClient(), target, 0)) {
            for (int i = 0; i < 1_201; i++) {
                sender.accept(event(i));
            }
        }
        assertThat(bodies).hasSize(3);
        assertThat(bodies).extracting(b -> b.split("\n").length).containsExactly(500, 500, 201);
        assertThat(contentTypes).containsOnly("application/x-ndjson");
    }

    @Test
    void waitsAndResendsTheSameBatchWhenTheServerIsOverloaded() throws IOException {
        URI target = serve(ex -> {
            if (calls.getAndIncrement() == 0) {
                reply(ex, 429, "{\"error\": {\"code\": \"overloaded\"}}", "0");
            } else {
                reply(ex, 200, "{\"accepted\": 3, \"duplicates\": 0, \"rejected\": []}", null);
            }
        });
        LiveEventSender sender = new LiveEventSender(HttpClient.newHttpClient(), target, 0);
        for (int i = 0; i < 3; i++) {
            sender.accept(event(i));
        }
        sender.close();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
        assertThat(sender.replies().accepted()).isEqualTo(3);
    }

    @Test
    void stopsWithAClearMessageOnOtherClientErrors() throws IOException {
        URI target = serve(ex -> reply(ex, 401, "{\"error\": {\"code\": \"unauthorized\"}}", null));
        LiveEventSender sender = new LiveEventSender(HttpClient.newHttpClient(), target, 0);
        sender.accept(event(0));
        assertThatThrownBy(sender::close).isInstanceOf(LiveSendException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("unauthorized");
    }

    @Test
    void retryAfterIsReadInSeconds() {
        assertThat(RetryAfter.parse("7").toSeconds()).isEqualTo(7);
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT").toSeconds()).isEqualTo(1);
    }

    private URI serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/events", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(ex.getRequestHeaders().getFirst("Content-Type"));
            handler.handle(ex);
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void reply(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        if (retryAfter != null) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static ListenEvent event(int i) {
        return new ListenEvent("e" + i, EventType.PLAY, "u1", "t1", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                null, Platform.SPOTIFY, null, null, null, null, null, null, null, null);
    }

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }
}
