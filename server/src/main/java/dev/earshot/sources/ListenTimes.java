package dev.earshot.sources;

import java.time.Duration;
import java.time.Instant;

/**
 * When a submitted listen may have started: after 2000 and at most an hour ahead of the server's clock (the skew
 * ListenBrainz allows). Compared as seconds, so that a client's absurd number is refused, never turned into a
 * time Java or the store cannot hold.
 */
public final class ListenTimes {
    public static final Duration MAX_FUTURE = Duration.ofHours(1);
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private ListenTimes() {
    }

    /** Why {@code seconds} (Unix time; null: not given) is not a start time a listen may have, or null. */
    public static String problem(Long seconds, Instant now) {
        if (seconds == null || seconds < EARLIEST.getEpochSecond()) {
            return "Timestamp is missing or too old";
        }
        if (seconds > now.plus(MAX_FUTURE).getEpochSecond()) {
            return "Timestamp is more than an hour in the future";
        }
        return null;
    }
}
