package dev.earshot.models;

import dev.earshot.threads.Threads;
import dev.earshot.enrich.Enricher;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.store.EventSpan;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code earshot enrich backfill}: enriches stored events again with the current models, a day at a time in
 * event-time order (listening context follows each listener's session, so order matters), on a pipeline
 * with session state of its own; live ingest goes on meanwhile. One backfill at a time, in the background.
 */
public final class EnrichmentBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentBackfill.class);
    static final int CHUNK = 20_000;
    private static final Duration DAY = Duration.ofDays(1);

    private final Warehouse warehouse;
    private final EnrichmentPipeline pipeline;
    private final Clock clock;
    private volatile BackfillStatus status = BackfillStatus.IDLE;

    public EnrichmentBackfill(Warehouse warehouse, EnrichmentPipeline pipeline, Clock clock) {
        this.warehouse = warehouse;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    public BackfillStatus status() {
        return status;
    }

    /** Starts a backfill on a thread of its own; false when one is already running. */
    public synchronized boolean start(BackfillRequest request) {
        if (status.running()) {
            return false;
        }
        status = new BackfillStatus("running", Enricher.MODEL_VERSION, request.from(), request.to(), request.all(), 0,
                clock.instant(), null, null);
        Threads.start("earshot-backfill", () -> runLogged(request));
        return true;
    }

    /** On the background thread the failure is already logged and in the status; nobody else would catch it. */
    private void runLogged(BackfillRequest request) {
        try {
            run(request);
        } catch (RuntimeException e) {
            LOG.debug("backfill thread ends after failure", e);
        }
    }

    /** Runs the backfill on the calling thread; returns how many events it enriched. */
    public long run(BackfillRequest request) {
        AtomicLong done = new AtomicLong();
        try {
            Optional<EventSpan> span = warehouse.span();
            if (span.isPresent()) {
                enrichRange(request, span.get(), done);
            }
            finish("done", done.get(), null);
        } catch (RuntimeException e) {
            LOG.error("backfill failed after {} events", done.get(), e);
            finish("failed", done.get(), e.getMessage());
            throw e;
        }
        return done.get();
    }

    private void enrichRange(BackfillRequest request, EventSpan span, AtomicLong done) {
        Instant from = request.from() != null ? request.from() : span.first();
        Instant to = request.to() != null ? request.to() : span.last().plusNanos(1_000);
        String skip = request.all() ? null : Enricher.MODEL_VERSION;
        EnrichmentPipeline replay = pipeline.forReplay();
        for (Instant day = from; day.isBefore(to); day = day.plus(DAY)) {
            Instant end = day.plus(DAY).isBefore(to) ? day.plus(DAY) : to;
            List<StoredEvent> chunk = new ArrayList<>(CHUNK);
            warehouse.replay(day, end, skip, stored -> {
                chunk.add(stored.withEnrichment(replay.enrich(stored.event())));
                if (chunk.size() == CHUNK) {
                    flush(chunk, done);
                }
            });
            flush(chunk, done);
        }
    }

    private void flush(List<StoredEvent> chunk, AtomicLong done) {
        warehouse.replaceEnrichment(chunk);
        done.addAndGet(chunk.size());
        status = progress(done.get());
        chunk.clear();
    }

    private BackfillStatus progress(long enriched) {
        BackfillStatus s = status;
        return new BackfillStatus(s.state(), s.modelVersion(), s.from(), s.to(), s.all(), enriched, s.startedAt(), null, null);
    }

    private void finish(String state, long enriched, String error) {
        BackfillStatus s = status;
        status = new BackfillStatus(state, Enricher.MODEL_VERSION, s.from(), s.to(), s.all(), enriched, s.startedAt(),
                clock.instant(), error);
        LOG.info("backfill {}: {} events enriched again", state, enriched);
    }
}
