package dev.earshot.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Decodes UTF-7 (RFC 2152) as it streams: "+" opens a run of modified base64 holding UTF-16 code units, "-" or
 * any character outside base64 closes it, "+-" is a plus sign. Libre.fm's CSV export comes in UTF-7 (its first
 * line reads "+ACM- Data export from Libre.fm", "+ACM-" being "#"), and since quotes and commas may sit inside
 * encoded runs, the text is decoded before it is split into fields.
 */
final class Utf7Reader extends Reader {
    private static final int[] BASE64 = new int[128];

    static {
        java.util.Arrays.fill(BASE64, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = i;
        }
    }

    private final Reader in;
    private int pending = -1; // a character read past the end of a run, to be handed out next

    Utf7Reader(Reader in) {
        this.in = in;
    }

    private final StringBuilder out = new StringBuilder();
    private int outPos;

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (outPos == out.length()) {
            out.setLength(0);
            outPos = 0;
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, out.length() - outPos);
        out.getChars(outPos, outPos + n, cbuf, off);
        outPos += n;
        return n;
    }

    /** Decodes at least one character into {@code out}; false at the end of the input. */
    private boolean fill() throws IOException {
        while (out.length() < 4096) {
            int c = pending >= 0 ? pending : in.read();
            pending = -1;
            if (c < 0) {
                return out.length() > 0;
            }
            if (c != '+') {
                out.append((char) c);
                continue;
            }
            int next = in.read();
            if (next == '-') {
                out.append('+');
                continue;
            }
            int bits = 0;
            int nbits = 0;
            while (next >= 0 && next < 128 && BASE64[next] >= 0) {
                bits = (bits << 6) | BASE64[next];
                nbits += 6;
                if (nbits >= 16) {
                    nbits -= 16;
                    out.append((char) ((bits >>> nbits) & 0xFFFF));
                }
                next = in.read();
            }
            if (next != '-' && next >= 0) {
                pending = next;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
