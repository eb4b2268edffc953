package dev.earshot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.auth.KeyView;
import dev.earshot.web.ApiJson;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads the server's answers to the keys routes, and turns an error answer into its message. */
final class KeyAnswers {
    private static final ObjectMapper JSON = ApiJson.mapper();

    private KeyAnswers() {
    }

    static KeyView one(HttpResponse<String> response) {
        return read(ok(response), KeyView.class);
    }

    static List<KeyView> items(HttpResponse<String> response) {
        List<KeyView> out = new ArrayList<>();
        for (JsonNode item : tree(ok(response)).path("items")) {
            out.add(JSON.convertValue(item, KeyView.class));
        }
        return out;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 2xx answer; otherwise an IllegalStateException with the server's own message. */
    static String ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 == 2) {
            return response.body();
        }
        String message = tree(response.body()).path("error").path("message").asText(response.body());
        throw new IllegalStateException("the server answered " + response.statusCode() + ": " + message);
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer from the server: " + e.getOriginalMessage(), e);
        }
    }
}
