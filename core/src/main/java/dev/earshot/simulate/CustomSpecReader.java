package dev.earshot.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.earshot.event.Platform;
import dev.earshot.vocab.Genre;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.ToIntFunction;

/**
 * Reads a custom scenario spec with Jackson's streaming parser, e.g.
 * {@code {"users": 500, "days": 14, "genre_mix": {"pop": 0.5, "jazz": 0.5}, "platforms": {"spotify": 1},
 * "rate": 3, "inline_metadata": false}}, where rate is sessions per listener per day. Unknown fields are
 * refused: a typo should not silently fall back to a default.
 */
public final class CustomSpecReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final double MAX_RATE = 100;

    private CustomSpecReader() {
    }

    public static CustomSpec read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "the spec");
            Integer users = null;
            Integer days = null;
            double[] genres = Scenario.defaultGenreMix();
            double[] platforms = defaultPlatforms();
            double rate = Scenario.DEFAULT_SESSIONS_PER_DAY;
            Boolean inline = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "users" -> users = positiveInt(p, value, name);
                    case "days" -> days = positiveInt(p, value, name);
                    case "genre_mix" -> genres = mix(p, value, name, Genre.values().length, CustomSpecReader::genre);
                    case "platforms" -> platforms = mix(p, value, name, Platform.values().length, CustomSpecReader::platform);
                    case "rate" -> rate = rate(p, value, name);
                    case "inline_metadata" -> inline = bool(p, value, name);
                    default -> throw new IllegalArgumentException(name + ": unknown field '" + name
                            + "' in the spec; known: users, days, genre_mix, platforms, rate, inline_metadata");
                }
            }
            return new CustomSpec(users, days, genres, platforms, rate, inline);
        }
    }

    private static double[] defaultPlatforms() {
        double[] mix = new double[Platform.values().length];
        mix[Platform.SPOTIFY.ordinal()] = 1;
        return mix;
    }

    // Messages start with the field's path (platforms.napster: …), so that every error names its field.
    private static int platform(String wire) {
        return Platform.WIRE.find(wire).orElseThrow(() -> new IllegalArgumentException(
                "platforms." + wire + ": unknown platform '" + wire + "'; expected one of: " + Platform.WIRE.allowed())).ordinal();
    }

    private static int genre(String wire) {
        return Genre.WIRE.find(wire).orElseThrow(() -> new IllegalArgumentException(
                "genre_mix." + wire + ": unknown genre '" + wire + "'; expected one of: " + Genre.WIRE.allowed())).ordinal();
    }

    private static double[] mix(JsonParser p, JsonToken t, String field, int size, ToIntFunction<String> index)
            throws IOException {
        expect(p, t, JsonToken.START_OBJECT, field);
        double[] out = new double[size];
        double sum = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = index.applyAsInt(p.currentName());
            String path = field + "." + p.currentName();
            out[i] = nonNegative(p, p.nextToken(), path);
            sum += out[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException(field + " must give at least one positive weight");
        }
        return out;
    }

    private static int positiveInt(JsonParser p, JsonToken t, String field) throws IOException {
        expect(p, t, JsonToken.VALUE_NUMBER_INT, field);
        int v = p.getIntValue();
        if (v < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, got " + v);
        }
        return v;
    }

    /** The rate is sessions per listener per day; beyond a hundred it is surely a unit mistake. */
    private static double rate(JsonParser p, JsonToken t, String field) throws IOException {
        double v = nonNegative(p, t, field);
        if (v == 0 || v > MAX_RATE) {
            throw new IllegalArgumentException(field + " (sessions per listener per day) must be above 0 and at most "
                    + MAX_RATE + ", got " + v);
        }
        return v;
    }

    private static double nonNegative(JsonParser p, JsonToken t, String field) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IllegalArgumentException(field + " must be a number, at " + p.currentLocation().offsetDescription());
        }
        double v = p.getDoubleValue();
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + v);
        }
        return v;
    }

    private static Boolean bool(JsonParser p, JsonToken t, String field) {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new IllegalArgumentException(field + " must be true or false, at " + p.currentLocation().offsetDescription());
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String what) {
        if (actual != wanted) {
            String kind = wanted == JsonToken.START_OBJECT ? "a JSON object" : "an integer";
            throw new IllegalArgumentException(what + " must be " + kind + ", at " + p.currentLocation().offsetDescription());
        }
    }
}
