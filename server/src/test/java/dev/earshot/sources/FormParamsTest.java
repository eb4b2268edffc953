package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Form bodies are strict UTF-8 once unescaped, raw or %-escaped: refused naming the parameter, never replaced. */
class FormParamsTest {
    private static byte[] bytes(String ascii, int... raw) {
        byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + raw.length];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < raw.length; i++) {
            out[head.length + i] = (byte) raw[i];
        }
        return out;
    }

    @Test
    void decodesUtf8EscapedAndRaw() {
        FormParams p = FormParams.of("method=track.scrobble", bytes("artist=Bj%C3%B6rk&track=J%C3%B3ga+x&album=", 0xC3, 0xA9));
        assertThat(p.get("artist")).isEqualTo("Björk");
        assertThat(p.get("track")).isEqualTo("Jóga x");
        assertThat(p.get("album")).isEqualTo("é");
        assertThat(p.get("method")).isEqualTo("track.scrobble");
    }

    @Test
    void refusesEscapedOverlongFormsNamingTheParameter() {
        // C0 AF is an overlong '/', E0 80 AF another, C0 80 an overlong NUL: a lenient decoder lets them through.
        for (String overlong : new String[] {"%C0%AF", "%E0%80%AF", "%C0%80", "%F0%80%80%AF"}) {
            assertThatThrownBy(() -> FormParams.of(null, ("a=1&track=x" + overlong).getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOfSatisfying(FormParams.NotUtf8Exception.class,
                            e -> assertThat(e.parameter()).isEqualTo("track"))
                    .hasMessageContaining("track");
        }
    }

    @Test
    void refusesRawInvalidBytesSurrogatesAndTruncation() {
        int[][] bad = {{0xFF}, {0xC3}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x80}, {0xC0, 0xAF}};
        for (int[] seq : bad) {
            assertThatThrownBy(() -> FormParams.of(null, bytes("artist=", seq)))
                    .isInstanceOfSatisfying(FormParams.NotUtf8Exception.class,
                            e -> assertThat(e.parameter()).isEqualTo("artist"));
        }
        assertThatThrownBy(() -> FormParams.of("u=%ED%A0%80", new byte[0]))
                .isInstanceOfSatisfying(FormParams.NotUtf8Exception.class, e -> assertThat(e.parameter()).isEqualTo("u"));
    }

    @Test
    void malformedEscapesAreNotUtf8Errors() {
        assertThatThrownBy(() -> FormParams.of(null, "a=%G1".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(FormParams.NotUtf8Exception.class);
        assertThatThrownBy(() -> FormParams.of(null, "a=%4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
