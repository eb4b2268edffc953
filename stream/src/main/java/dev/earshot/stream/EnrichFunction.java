package dev.earshot.stream;

import dev.earshot.catalog.Track;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.store.StoredEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Enriches each event with core's enrichers over the model snapshot the server exported: the snapshot's bytes
 * travel with the job (so a cluster needs no shared file) and each parallel instance loads its own pipeline at
 * start. It runs right after the per-listener dedupe, on the same instance, so each listener's events reach it in
 * their order, as on the server. Session state lives in the pipeline, not in Flink state: after a restore from a
 * checkpoint, sessions open again from the first event (documented in docs/scale-out.md).
 */
public final class EnrichFunction extends RichMapFunction<StoredEvent, Enriched> {
    private static final long serialVersionUID = 1L;
    private final byte[] snapshot;
    private transient EnrichmentPipeline pipeline;

    public EnrichFunction(byte[] snapshot) {
        this.snapshot = snapshot.clone();
        ModelSnapshot.modelVersion(this.snapshot);
    }

    @Override
    public void open(OpenContext context) {
        pipeline = ModelSnapshot.pipeline(snapshot);
    }

    @Override
    public Enriched map(StoredEvent e) {
        StoredEvent enriched = e.withEnrichment(pipeline.enrich(e.event()));
        Track track = pipeline.catalog().find(e.event().trackId());
        return new Enriched(enriched, track == null ? null : track.artist());
    }
}
