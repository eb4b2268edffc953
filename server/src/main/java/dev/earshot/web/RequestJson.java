package dev.earshot.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.earshot.event.JsonErrors;
import dev.earshot.event.StrictUtf8;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Small JSON request bodies (control requests, not events) into records: strict UTF-8, snake_case, unknown and
 * repeated fields refused (so that a typo or an ambiguous body is an error rather than a silently ignored or
 * overridden option), nothing after the value; a record's own argument check becomes a 400 with its message.
 * Every refusal is worded here, naming the field, never the parser or the record.
 */
final class RequestJson {
    private static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(100)
                            .build())
                    .build())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private RequestJson() {
    }

    /** The body as a {@code type}, or {@code empty} when there is no body; {@code code} names a bad one. */
    static <T> T read(Context ctx, Class<T> type, T empty, String code) {
        byte[] body = BodyReader.read(ctx, MAX_BYTES);
        String notUtf8 = StrictUtf8.problem(body);
        if (notUtf8 != null) {
            throw new ApiException(400, code, notUtf8, List.of());
        }
        try {
            T value = body.length == 0 ? empty : MAPPER.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, code, "the body must be a JSON object, not null", List.of());
            }
            return value;
        } catch (IOException e) {
            throw new ApiException(400, code, describe(e), List.of());
        }
    }

    private static String describe(IOException e) {
        if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof JsonParseException || e instanceof StreamConstraintsException) {
            return "the body is not valid JSON: " + JsonErrors.describe((JsonProcessingException) e);
        }
        if (e instanceof JsonMappingException m) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            if (field.isEmpty()) {
                return "the body must be a JSON object";
            }
            return "field '" + field + "' has the wrong type or value";
        }
        return "the body is not valid JSON";
    }
}
