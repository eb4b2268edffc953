package dev.earshot.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Form-encoded parameters from the query string and the body together, the body winning (Last.fm and
 * AudioScrobbler clients POST {@code application/x-www-form-urlencoded}, some send reads as GET), read from
 * the bytes whatever Content-Type came with them. An empty value counts as absent, as those protocols treat it.
 */
public final class FormParams {
    private final Map<String, String> values;

    private FormParams(Map<String, String> values) {
        this.values = values;
    }

    /** Throws {@link IllegalArgumentException} for text that is not URL-encoded properly. */
    public static FormParams of(String query, byte[] body) {
        Map<String, String> out = new HashMap<>();
        decode(query, out);
        decode(new String(body, StandardCharsets.UTF_8), out);
        return new FormParams(out);
    }

    private static void decode(String text, Map<String, String> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String pair : text.strip().split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
    }

    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public boolean has(String name) {
        return get(name) != null;
    }
}
