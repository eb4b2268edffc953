package dev.earshot.store;

import dev.earshot.enrich.Enrichment;
import dev.earshot.event.ListenEvent;
import java.time.Instant;

/**
 * A valid event as the warehouse keeps it: the event, when the server received it, and the insight computed
 * for it at ingest (null when enrichment is off).
 */
public record StoredEvent(ListenEvent event, Instant receivedAt, Enrichment enrichment) {
    public StoredEvent(ListenEvent event, Instant receivedAt) {
        this(event, receivedAt, null);
    }
}
