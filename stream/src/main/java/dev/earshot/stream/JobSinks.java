package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job writes (Sink v2 each): the enriched events, the late ones, the per-minute counts, the session
 * facts, and the lake's rows. Given to the job whole, so that a test or the demo can wire its own.
 */
public record JobSinks(Sink<Enriched> enriched, Sink<Enriched> late, Sink<MinuteCount> minutes,
                       Sink<SessionFact> sessions, Sink<StoredEvent> lake) {
}
