package dev.earshot.stream.demo;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.ValidationRules;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
import dev.earshot.ingest.WriterSettings;
import dev.earshot.models.ListeningFold;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventOrigin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The server's own ingest path, in this process, over DuckDB files: the same classes `earshot serve` wires
 * (dedupe index, enrichment pipeline, group-commit writer, warehouse). {@link #fitModels} plays a server that
 * has stored the history and fitted its co-listening model, then exports it; {@link #ingest} plays a server
 * started from that snapshot receiving the live events, in their arrival order, a batch per request.
 */
public final class SingleMachinePath {
    static final int BATCH = 100;

    private SingleMachinePath() {
    }

    /**
     * Stores the history, fits the co-listening model over it, and returns the snapshot `models export` gives.
     * {@code catalogOf}: events whose track metadata the server's catalog already holds (a catalog loaded
     * beforehand). Both paths must start from the whole catalog: the similar tracks of a track the model never saw
     * come from audio features over the catalog as it is at that moment, so with a catalog still growing they would
     * depend on the order in which listeners' events interleave, which differs between one writer and a job's
     * parallel instances.
     */
    public static byte[] fitModels(List<ListenEvent> history, List<ListenEvent> catalogOf, Path file, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        EnrichmentPipeline pipeline = new EnrichmentPipeline(new Catalog());
        for (ListenEvent e : catalogOf) {
            pipeline.catalog().upsert(e.trackId(), e.track());
        }
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(file, "512MB", 0, clock)) {
            ingest(warehouse, pipeline, history, clock);
            new ModelRebuilder(new ListeningFold(warehouse, Duration.ofDays(3650), clock, true), pipeline, clock).rebuild();
        }
        return ModelSnapshot.export(pipeline);
    }

    /** Ingests {@code arrivals} into {@code file} as a server started from {@code snapshot}, all received at {@code receivedAt}. */
    public static void ingest(byte[] snapshot, List<ListenEvent> arrivals, Path file, Instant receivedAt) {
        Clock clock = Clock.fixed(receivedAt, ZoneOffset.UTC);
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(file, "512MB", 0, clock)) {
            ingest(warehouse, ModelSnapshot.pipeline(snapshot), arrivals, clock);
        }
    }

    private static void ingest(DuckDbWarehouse warehouse, EnrichmentPipeline pipeline, List<ListenEvent> events,
                               Clock clock) {
        IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, WriterSettings.DEFAULT, metrics)) {
            IngestService ingest = new IngestService(new EventParser(BATCH), new EventValidator(ValidationRules.DEFAULT),
                    new DedupeIndex(warehouse, 10_000_000), writer, metrics, clock, Duration.ofMinutes(5), pipeline,
                    dev.earshot.auth.Pseudonyms.off());
            for (int i = 0; i < events.size(); i += BATCH) {
                ingest.ingestEvents(events.subList(i, Math.min(events.size(), i + BATCH)), EventOrigin.SIMULATION);
            }
        }
    }
}
