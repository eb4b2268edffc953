package dev.earshot.store;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import java.time.Instant;

/**
 * Filters for listing events, newest first. Null means "any". {@code from} is inclusive, {@code to}
 * exclusive; {@code after} is the cursor of the last event of the previous page. {@code source} keeps only events
 * from that source; {@code excludedSource} leaves that source's events out (rows of unknown source stay in).
 */
public record EventQuery(String userId, String trackId, EventType eventType, Platform platform,
                         Instant from, Instant to, Cursor after, int limit, EventOrigin source, EventOrigin excludedSource) {
    /** Any source. */
    public EventQuery(String userId, String trackId, EventType eventType, Platform platform, Instant from, Instant to,
                      Cursor after, int limit) {
        this(userId, trackId, eventType, platform, from, to, after, limit, null, null);
    }
}
