package dev.earshot.sources;

import dev.earshot.event.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Form-encoded parameters from the query string and the body together, the body winning (Last.fm and
 * AudioScrobbler clients POST {@code application/x-www-form-urlencoded}, some send reads as GET), read from
 * the bytes whatever Content-Type came with them. An empty value counts as absent, as those protocols treat it.
 * Names and values are strict UTF-8 once unescaped: an overlong form, a surrogate or a stray byte is refused
 * ({@link NotUtf8Exception}, naming the parameter), never replaced, so that what is stored is what was sent.
 */
public final class FormParams {
    private final Map<String, String> values;

    private FormParams(Map<String, String> values) {
        this.values = values;
    }

    /** A parameter whose name or value is not UTF-8 once unescaped; {@link #parameter} says which. */
    public static final class NotUtf8Exception extends IllegalArgumentException {
        private final String parameter;

        NotUtf8Exception(String parameter) {
            super("parameter " + parameter + " is not valid UTF-8 (an overlong form, a surrogate or a stray byte)");
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /**
     * Throws {@link NotUtf8Exception} for a name or value that is not strict UTF-8, {@link IllegalArgumentException}
     * for text that is not URL-encoded properly.
     */
    public static FormParams of(String query, byte[] body) {
        Map<String, String> out = new HashMap<>();
        if (query != null) {
            decode(query.getBytes(StandardCharsets.UTF_8), out);
        }
        decode(body, out);
        return new FormParams(out);
    }

    private static void decode(byte[] text, Map<String, String> out) {
        int start = 0;
        int end = text.length;
        while (start < end && isSpace(text[start])) {
            start++;
        }
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        int pairStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text[i] == '&') {
                if (i > pairStart) {
                    pair(text, pairStart, i, out);
                }
                pairStart = i + 1;
            }
        }
    }

    private static void pair(byte[] text, int from, int to, Map<String, String> out) {
        int eq = from;
        while (eq < to && text[eq] != '=') {
            eq++;
        }
        byte[] nameBytes = unescape(text, from, eq);
        String name = StrictUtf8.firstInvalid(nameBytes) < 0 ? new String(nameBytes, StandardCharsets.UTF_8)
                : null;
        if (name == null) {
            // A name that is not text cannot be named as it was sent: say where it starts, escaped.
            throw new NotUtf8Exception(printable(nameBytes));
        }
        byte[] valueBytes = eq < to ? unescape(text, eq + 1, to) : new byte[0];
        if (StrictUtf8.firstInvalid(valueBytes) >= 0) {
            throw new NotUtf8Exception(name);
        }
        out.put(name, new String(valueBytes, StandardCharsets.UTF_8));
    }

    /** {@code +} is a space and {@code %XX} a byte, as HTML forms encode; a malformed escape is refused. */
    private static byte[] unescape(byte[] text, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int hi = i + 1 < to ? Character.digit(text[i + 1], 16) : -1;
                int lo = i + 2 < to ? Character.digit(text[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("a malformed %-escape");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(b >= 0x21 && b < 0x7F ? String.valueOf((char) b) : String.format("%%%02X", b & 0xFF));
        }
        return s.toString();
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public boolean has(String name) {
        return get(name) != null;
    }
}
