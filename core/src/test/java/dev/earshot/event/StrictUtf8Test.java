package dev.earshot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
    /** The eight-bytes-at-a-time ASCII skip must still find a bad byte at every offset, and pass good multi-byte text. */
    @Test
    void findsTheFirstBadByteAtEveryOffsetAroundTheAsciiSkip() {
        for (int at = 0; at < 40; at++) {
            byte[] body = new byte[41];
            Arrays.fill(body, (byte) 'a');
            body[at] = (byte) 0xC0; // an overlong lead byte: never UTF-8
            assertEquals(at, StrictUtf8.firstInvalid(body), "bad byte at " + at);
        }
    }

    @Test
    void acceptsAsciiAndMultiByteTextOfAnyLength() {
        for (int n = 0; n < 40; n++) {
            byte[] ascii = "x".repeat(n).getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, StrictUtf8.firstInvalid(ascii));
            byte[] mixed = ("x".repeat(n) + "São Paulo ☃ 𝄞" + "y".repeat(n)).getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, StrictUtf8.firstInvalid(mixed));
        }
    }

    @Test
    void findsATruncatedSequenceAfterLongAscii() {
        byte[] body = ("a".repeat(17) + "é").getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(body, body.length - 1);
        assertEquals(17, StrictUtf8.firstInvalid(truncated));
    }
}
