package dev.earshot.support;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import java.time.Instant;

/** Tiny builders for events in tests: fixed instants, valid by default. */
public final class TestEvents {
    public static final Instant T0 = Instant.parse("2024-01-16T12:00:00Z");

    private TestEvents() {
    }

    public static ListenEvent event(String id, String userId, Instant at) {
        return new ListenEvent(id, EventType.PLAY, userId, "spotify:track:4iV5W9uYEdYUVa79Axb7Rh", at, at,
                Platform.SPOTIFY, new Location("US", "CA", "San Francisco"), "s1", 0L, 1000L, 200_000L, null, null, null);
    }

    /** A valid event as wire JSON, for HTTP tests. */
    public static String json(String id, String userId, Instant at) {
        return json(id, userId, at, "play", "spotify");
    }

    public static String json(String id, String userId, Instant at, String type, String platform) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"" + type + "\",\"user_id\":\"" + userId
                + "\",\"track_id\":\"spotify:track:4iV5W9uYEdYUVa79Axb7Rh\",\"timestamp\":\"" + at
                + "\",\"platform\":\"" + platform + "\",\"location\":\"San Francisco, CA\"}";
    }

    /** A JSON array of {@code n} valid events with ids {@code prefix0..prefix(n-1)}, one second apart. */
    public static String batch(String prefix, int n, Instant start) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(json(prefix + i, "user" + (i % 7), start.plusSeconds(i)));
        }
        return out.append(']').toString();
    }
}
