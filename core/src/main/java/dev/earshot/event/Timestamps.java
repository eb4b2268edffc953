package dev.earshot.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parsing of ISO-8601 timestamps with an offset, and the clock-skew correction for {@code sent_at}. */
final class Timestamps {
    private Timestamps() {
    }

    /** The instant, or null with a violation; a timestamp without an offset is ambiguous and refused. */
    static Instant parse(String text, String field, List<Violation> out) {
        Instant fast = IsoTimestamp.parse(text);
        if (fast != null) {
            return fast;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            // Expanded years (+200000-...) are legal for the parser but overflow the skew correction and storage.
            if (time.getYear() < 0 || time.getYear() > 9999) {
                out.add(new Violation(field, "'" + shorten(text) + "' has a year outside 0000-9999"));
                return null;
            }
            return time.toInstant();
        } catch (DateTimeParseException e) {
            out.add(new Violation(field, hasNoOffset(text)
                    ? "must include a UTC offset, e.g. '2024-01-16T12:00:00Z' or '2024-01-16T13:00:00+01:00'"
                    : "'" + shorten(text) + "' is not an ISO-8601 timestamp with offset, e.g. '2024-01-16T12:00:00Z'"));
            return null;
        }
    }

    /**
     * The time the event happened on the server's clock: {@code receivedAt − (sentAt − timestamp)}, the
     * correction Segment and RudderStack apply. Without {@code sentAt} the device's time stands.
     */
    static Instant correctSkew(Instant deviceTime, Instant sentAt, Instant receivedAt) {
        if (sentAt == null) {
            return deviceTime;
        }
        return receivedAt.minus(Duration.between(deviceTime, sentAt));
    }

    private static boolean hasNoOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Echoes client text in messages without letting a huge value flood the reply. */
    static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
