package dev.earshot.store;

import dev.earshot.enrich.Enrichment;
import dev.earshot.event.ListenEvent;
import java.time.Instant;

/**
 * A valid event as the warehouse keeps it: the event, when the server received it, the insight computed for it
 * at ingest (null when enrichment is off), and where it came from (null only for rows stored before schema v8).
 */
public record StoredEvent(ListenEvent event, Instant receivedAt, Enrichment enrichment, EventOrigin source) {
    /** An event the HTTP API received, without insight. */
    public StoredEvent(ListenEvent event, Instant receivedAt) {
        this(event, receivedAt, null, EventOrigin.API);
    }

    /** An event the HTTP API received. */
    public StoredEvent(ListenEvent event, Instant receivedAt, Enrichment enrichment) {
        this(event, receivedAt, enrichment, EventOrigin.API);
    }

    /** The same event with other insight, from the same source. */
    public StoredEvent withEnrichment(Enrichment other) {
        return new StoredEvent(event, receivedAt, other, source);
    }
}
