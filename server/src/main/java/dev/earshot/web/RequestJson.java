package dev.earshot.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * Small JSON request bodies (control requests, not events) into records: snake_case, unknown fields refused
 * so that a typo is an error rather than a silently ignored option; a record's own argument check becomes a
 * 400 with its message.
 */
final class RequestJson {
    private static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RequestJson() {
    }

    /** The body as a {@code type}, or {@code empty} when there is no body; {@code code} names a bad one. */
    static <T> T read(Context ctx, Class<T> type, T empty, String code) {
        byte[] body = BodyReader.read(ctx, MAX_BYTES);
        try {
            return body.length == 0 ? empty : MAPPER.readValue(body, type);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : firstLine(e.getMessage());
            throw new ApiException(400, code, message, List.of());
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable request" : message.split("\n", 2)[0];
    }
}
