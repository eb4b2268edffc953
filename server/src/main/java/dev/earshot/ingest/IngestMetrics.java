package dev.earshot.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The ingest path's meters, named once here: events by outcome, writer queue depth and commit latency. */
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicate;
    private final Counter rejected;
    private final Timer commit;
    private final Counter committedRows;
    private final Timer checkpoint;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = outcome("accepted");
        this.duplicate = outcome("duplicate");
        this.rejected = outcome("rejected");
        this.commit = Timer.builder("earshot.writer.commit").description("Time to append and commit one group")
                .publishPercentileHistogram().register(registry);
        this.committedRows = Counter.builder("earshot.writer.committed.events").register(registry);
        this.checkpoint = Timer.builder("earshot.writer.checkpoint").description("Idle-time checkpoints of the warehouse")
                .register(registry);
    }

    private Counter outcome(String outcome) {
        return Counter.builder("earshot.events").description("Events received, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    void outcomes(int acceptedCount, int duplicateCount, int rejectedCount) {
        accepted.increment(acceptedCount);
        duplicate.increment(duplicateCount);
        rejected.increment(rejectedCount);
    }

    void committed(int events, Duration took) {
        commit.record(took);
        committedRows.increment(events);
    }

    void checkpointed(Duration took) {
        checkpoint.record(took);
    }

    void watchQueue(AtomicLong queuedRows) {
        Gauge.builder("earshot.writer.queue.rows", queuedRows, AtomicLong::get)
                .description("Rows waiting for the writer").register(registry);
    }

    void watchDedupe(DedupeIndex index) {
        Gauge.builder("earshot.dedupe.resident.ids", index, DedupeIndex::residentIds).register(registry);
        Gauge.builder("earshot.dedupe.resident.bytes", index, DedupeIndex::residentBytes).register(registry);
    }
}
