package dev.earshot.store;

import dev.earshot.event.StrictUtf8;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Position in the newest-first order (timestamp, then event_id): opaque to clients, stable while new events
 * arrive, unlike an offset.
 */
public record Cursor(long timestampMicros, String eventId) {

    public String encode() {
        String plain = timestampMicros + ":" + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Cursors name instants of years 0001 to 9999 only (as the range parameters do), and ids this long at most. */
    static final long MIN_MICROS = -62_135_596_800_000_000L;
    static final long MAX_MICROS = 253_402_300_799_999_999L;
    static final int MAX_TOKEN_CHARS = 1_024;

    /** Decodes a cursor from {@link #encode()}; throws IllegalArgumentException for anything else. */
    public static Cursor decode(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw notOurs();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        if (StrictUtf8.firstInvalid(bytes) >= 0) {
            throw notOurs();
        }
        String plain = new String(bytes, StandardCharsets.UTF_8);
        int colon = plain.indexOf(':');
        if (colon <= 0 || colon > 20 || colon == plain.length() - 1) {
            throw notOurs();
        }
        String number = plain.substring(0, colon);
        if (!number.matches("-?[0-9]{1,19}")) {
            throw notOurs();
        }
        long micros;
        try {
            micros = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw notOurs();
        }
        if (micros < MIN_MICROS || micros > MAX_MICROS) {
            throw notOurs();
        }
        return new Cursor(micros, plain.substring(colon + 1));
    }

    private static IllegalArgumentException notOurs() {
        return new IllegalArgumentException("is not a cursor this server issued; pass next_cursor from the last page");
    }

    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
