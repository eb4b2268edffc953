package dev.earshot.enrich;

import dev.earshot.event.ListenEvent;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of the sessions in progress, keyed by session id (or by user when an event has none), and each
 * listener's usual music and devices. A key silent for more than {@link #SESSION_GAP_MS} starts afresh, and
 * only the most recently active {@code capacity} sessions and listeners are kept, so memory stays bounded
 * however long the stream runs (a listener forgotten this way starts again from nothing). Not thread-safe:
 * one per enriching thread, with a user's events always routed to the same one (as a Kafka key does).
 */
public final class Sessions {
    /** The usual sessionisation gap (Google Analytics and Spotify exports both use about 30 minutes). */
    static final long SESSION_GAP_MS = 30 * 60_000;

    private final LinkedHashMap<String, SessionState> open;
    private final LinkedHashMap<String, ListenerBaseline> listeners;

    public Sessions(int capacity) {
        this.open = lru(capacity);
        this.listeners = lru(capacity);
    }

    private static <V> LinkedHashMap<String, V> lru(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The session this event belongs to, started by it when it is the first or comes after a long gap. */
    public SessionState of(ListenEvent e) {
        String key = e.sessionId() != null ? e.sessionId() : "user:" + e.userId();
        long millis = e.timestamp().toEpochMilli();
        SessionState s = open.get(key);
        if (s == null || millis - s.lastMillis() > SESSION_GAP_MS) {
            ZoneId zone = TimeZones.of(e.location());
            s = new SessionState(e.timestamp(), zone, listeners.computeIfAbsent(e.userId(), u -> new ListenerBaseline()));
            open.put(key, s);
        }
        s.seen(millis);
        if (e.device() != null) {
            s.listener().used(e.device());
        }
        return s;
    }

    public int size() {
        return open.size();
    }
}
