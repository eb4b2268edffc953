package dev.earshot.event;

/**
 * Strict UTF-8 (RFC 3629), checked before a body is parsed: no stray or truncated sequences, no overlong forms
 * (such as {@code C0 80} for NUL, a classic way past filters), no surrogates, nothing above U+10FFFF. A lenient
 * decoder would replace such bytes silently, so that what is stored is not what was sent.
 */
public final class StrictUtf8 {
    /** Eight bytes at a time: a request body is nearly all ASCII, and this check was a top cost of ingest (JFR). */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private StrictUtf8() {
    }

    /** The offset of the first byte of the first invalid sequence in {@code bytes}, or -1 when all is UTF-8. */
    public static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b == 0xE0) {
                length = 3;
                min = 0xA0;
            } else if (b == 0xED) {
                length = 3;
                min = 0x80;
                max = 0x9F;
            } else if (b >= 0xE1 && b <= 0xEF) {
                length = 3;
                min = 0x80;
            } else if (b == 0xF0) {
                length = 4;
                min = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                length = 4;
                min = 0x80;
            } else if (b == 0xF4) {
                length = 4;
                min = 0x80;
                max = 0x8F;
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /**
     * Why {@code bytes} are refused, for people — where the first bad sequence starts (byte offset, line and column)
     * — or null when they are valid UTF-8.
     */
    public static String problem(byte[] bytes) {
        int at = firstInvalid(bytes);
        if (at < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return String.format("the body is not valid UTF-8: byte 0x%02X at offset %d (line %d, byte %d of the line)"
                + " starts a sequence that is truncated, overlong, a surrogate or out of range; send UTF-8 text",
                bytes[at] & 0xFF, at, line, at - lineStart + 1);
    }

    /** The line of the first invalid byte, for {@link MalformedJsonException}. */
    static int line(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
