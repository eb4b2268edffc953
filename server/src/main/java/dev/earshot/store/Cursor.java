package dev.earshot.store;

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

    /** Decodes a cursor from {@link #encode()}; throws IllegalArgumentException for anything else. */
    public static Cursor decode(String token) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this server issued");
        }
        int colon = plain.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("cursor is not one this server issued");
        }
        try {
            return new Cursor(Long.parseLong(plain.substring(0, colon)), plain.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not one this server issued");
        }
    }

    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
