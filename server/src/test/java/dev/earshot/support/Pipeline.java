package dev.earshot.support;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.event.ValidationRules;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
import dev.earshot.ingest.IngestSink;
import dev.earshot.ingest.WriterSettings;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.testkit.Events;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The real ingest path over a real DuckDB file, without HTTP, for tests of in-process producers. */
public final class Pipeline implements AutoCloseable {
    public final DuckDbWarehouse warehouse;
    public final GroupCommitWriter writer;
    public final IngestService ingest;

    /** On the test kit's fixed clock ({@link Events#CLOCK}). */
    public Pipeline(Path database) {
        this(database, Events.CLOCK);
    }

    /** With {@code clock} as the ingest path's "now" (received_at, the future-timestamp limit). */
    public Pipeline(Path database, Clock clock) {
        this(database, clock, Duration.ofSeconds(30), UnaryOperator.identity());
    }

    /**
     * With the ack timeout given and the writer seen through {@code sink} (e.g. a sink that holds a commit, to
     * make a request's outcome unknown).
     */
    public Pipeline(Path database, Clock clock, Duration ackTimeout, UnaryOperator<IngestSink> sink) {
        warehouse = DuckDbWarehouse.open(database, "512MB", clock);
        IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
        writer = new GroupCommitWriter(warehouse, WriterSettings.DEFAULT, metrics);
        ingest = new IngestService(new EventParser(1000), new EventValidator(ValidationRules.DEFAULT),
                new DedupeIndex(warehouse, 1_000_000), sink.apply(writer), metrics, clock, ackTimeout,
                new EnrichmentPipeline(new Catalog()), Pseudonyms.off());
    }

    @Override
    public void close() {
        writer.close();
        warehouse.close();
    }
}
