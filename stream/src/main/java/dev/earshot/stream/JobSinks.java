package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job writes (Sink v2 each): the enriched events, the late ones, the per-minute counts, the session
 * facts, the lake's rows, and the warehouses that get the same rows (BigQuery, PostgreSQL; none by default).
 * Given to the job whole, so that a test or the demo can wire its own.
 */
public record JobSinks(Sink<Enriched> enriched, Sink<Enriched> late, Sink<MinuteCount> minutes,
                       Sink<SessionFact> sessions, Sink<StoredEvent> lake, List<Export> exports) {

    /** A warehouse sink and its operator's name (also its stable uid, so savepoints map it). */
    public record Export(String name, Sink<StoredEvent> sink) {
    }

    public JobSinks {
        exports = List.copyOf(exports);
    }

    public JobSinks with(Export export) {
        List<Export> more = new ArrayList<>(exports);
        more.add(export);
        return new JobSinks(enriched, late, minutes, sessions, lake, more);
    }
}
