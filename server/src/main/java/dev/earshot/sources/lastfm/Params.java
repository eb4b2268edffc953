package dev.earshot.sources.lastfm;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A Last.fm call's parameters: the query string and the form-encoded body together (clients POST writes as
 * {@code application/x-www-form-urlencoded}, some send reads as GET), the body winning. Read from the bytes,
 * whatever Content-Type the client sent.
 */
final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params of(String query, byte[] body) {
        Map<String, String> out = new HashMap<>();
        decode(query, out);
        decode(new String(body, StandardCharsets.UTF_8), out);
        return new Params(out);
    }

    private static void decode(String text, Map<String, String> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String pair : text.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new LastfmError(6, "Invalid parameters - a parameter is not URL-encoded properly");
            }
        }
    }

    String get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String name) {
        String v = get(name);
        if (v == null) {
            throw new LastfmError(6, "Invalid parameters - Your request is missing a required parameter: " + name);
        }
        return v;
    }

    boolean has(String name) {
        return get(name) != null;
    }
}
