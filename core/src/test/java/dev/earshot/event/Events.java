package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures: a fixed server clock and a builder for a valid event that tests tweak field by field. */
final class Events {
    static final Instant RECEIVED_AT = Instant.parse("2024-01-16T12:00:00Z");
    static final String TIMESTAMP = "2024-01-16T11:58:00Z";
    static final EventValidator VALIDATOR = new EventValidator(ValidationRules.DEFAULT);

    private static final JsonFactory FACTORY = new JsonFactory();

    private Events() {
    }

    /** The seven fields of DESIGN §2, valid as of {@link #RECEIVED_AT}. */
    static Builder event() {
        return new Builder()
                .with("event_id", "evt_user123_1705406280")
                .with("event_type", "play")
                .with("user_id", "user123")
                .with("track_id", "spotify:track:4iV5W9uYEdYUVa79Axb7Rh")
                .with("timestamp", TIMESTAMP)
                .with("platform", "spotify")
                .with("location", "San Francisco, CA");
    }

    /** A JSON fragment written as is, for values a map cannot express (1e400, NaN, duplicate keys...). */
    record Raw(String json) {
    }

    static Raw raw(String json) {
        return new Raw(json);
    }

    static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Builder with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Builder without(String field) {
            fields.remove(field);
            return this;
        }

        String json() {
            return render(fields);
        }

        byte[] bytes() {
            return json().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Renders maps, lists, strings, numbers, booleans, null and {@link Raw} as compact JSON. */
    static String render(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Raw r) {
            g.writeRawValue(r.json());
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(o, g);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot render " + value.getClass());
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses one JSON object into its draft. */
    static EventDraft draft(String json) {
        List<EventDraft> drafts = new EventParser(1000).parseJson(utf8(json));
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    static ValidationResult validate(String json) {
        return VALIDATOR.validate(draft(json), RECEIVED_AT);
    }

    static ValidationResult validate(String json, ValidationRules rules) {
        return new EventValidator(rules).validate(draft(json), RECEIVED_AT);
    }

    /** The event the JSON makes; fails the test with the violations when it is refused. */
    static ListenEvent valid(String json) {
        ValidationResult result = validate(json);
        assertThat(result).as("validation of %s", json).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).event();
    }

    /** Every violation of the JSON; fails the test when it is accepted. */
    static List<Violation> violations(String json) {
        return violations(validate(json));
    }

    static List<Violation> violations(ValidationResult result) {
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid) result).violations();
    }
}
