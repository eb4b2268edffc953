package dev.earshot.enrich.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local stand-in for the Messages API, on the wire format the SDK speaks: {@code POST /v1/messages} with
 * {@code x-api-key} and {@code anthropic-version}, answered with a message whose text content is what
 * {@link #answer} makes of the request's track list. Requests with a wrong path or headers get 400.
 */
final class FakeClaude implements AutoCloseable {
    static final String KEY = "test-key-not-real";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it: the tracks asked about, and when. */
    record Call(JsonNode tracks, JsonNode body, long atNanos) {
    }

    /** An answer to give: an HTTP status, headers as name/value pairs, and the message text (for 200). */
    record Reply(int status, String text, String... headers) {
        static Reply ok(String text) {
            return new Reply(200, text);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger rejectedRequests = new AtomicInteger();
    private volatile Function<JsonNode, Reply> answer = tracks -> Reply.ok(knownAnswers(tracks));

    FakeClaude() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(Function<JsonNode, Reply> next) {
        this.answer = next;
    }

    List<Call> calls() {
        return calls;
    }

    int rejectedRequests() {
        return rejectedRequests.get();
    }

    /** Every track is known: rock or jazz by its title's first word, energetic. */
    static String knownAnswers(JsonNode tracks) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("tracks");
        for (JsonNode t : tracks) {
            String genre = t.path("title").asText().startsWith("Jazz") ? "jazz" : "rock";
            ObjectNode a = out.addObject();
            a.put("i", t.path("i").asInt());
            a.put("known", true);
            ObjectNode g = a.putArray("genres").addObject();
            g.put("genre", genre);
            g.put("p", 0.9);
            a.put("mood", "energetic");
            a.put("valence", 0.8);
            a.put("arousal", 0.9);
        }
        return root.toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode body = JSON.readTree(ex.getRequestBody());
            if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().equals("/v1/messages")
                    || !KEY.equals(ex.getRequestHeaders().getFirst("x-api-key"))
                    || ex.getRequestHeaders().containsKey("Authorization")
                    || ex.getRequestHeaders().getFirst("anthropic-version") == null) {
                rejectedRequests.incrementAndGet();
                send(ex, 400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad\"}}");
                return;
            }
            JsonNode tracks = JSON.readTree(userText(body));
            calls.add(new Call(tracks, body, System.nanoTime()));
            Reply r = answer.apply(tracks);
            for (int i = 0; i + 1 < r.headers().length; i += 2) {
                ex.getResponseHeaders().add(r.headers()[i], r.headers()[i + 1]);
            }
            send(ex, r.status(), r.status() == 200 ? message(body, r.text())
                    : "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"try later\"}}");
        }
    }

    private static String userText(JsonNode body) {
        JsonNode content = body.path("messages").path(0).path("content");
        return content.isTextual() ? content.asText() : content.path(0).path("text").asText();
    }

    private static String message(JsonNode request, String text) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", "msg_test");
        m.put("type", "message");
        m.put("role", "assistant");
        m.put("model", request.path("model").asText());
        ObjectNode block = m.putArray("content").addObject();
        block.put("type", "text");
        block.put("text", text);
        m.put("stop_reason", "end_turn");
        m.putNull("stop_sequence");
        ObjectNode usage = m.putObject("usage");
        usage.put("input_tokens", 1_000);
        usage.put("output_tokens", 500);
        return m.toString();
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
