package dev.earshot.ingest;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventDraft;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.ValidationResult;
import dev.earshot.store.RejectedEvent;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoreUnavailableException;
import dev.earshot.store.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes one request body from parse to durable commit: parse, validate every event, drop duplicates, enrich
 * the new ones, queue them and the refused ones for the writer, and answer only once they are committed.
 */
public final class IngestService {
    private final EventParser parser;
    private final EventValidator validator;
    private final DedupeIndex dedupe;
    private final IngestSink writer;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Duration ackTimeout;
    private final EnrichmentPipeline enrichment;
    private final Pseudonyms pseudonyms;

    /**
     * {@code enrichment} may be null: events are then stored without insight. {@code pseudonyms} replaces every
     * user id before anything is stored (off: kept as sent).
     */
    public IngestService(EventParser parser, EventValidator validator, DedupeIndex dedupe, IngestSink writer,
                         IngestMetrics metrics, Clock clock, Duration ackTimeout, EnrichmentPipeline enrichment,
                         Pseudonyms pseudonyms) {
        this.parser = parser;
        this.validator = validator;
        this.dedupe = dedupe;
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
        this.enrichment = enrichment;
        this.pseudonyms = pseudonyms;
        metrics.watchDedupe(dedupe);
    }

    /**
     * Ingests a body. Throws {@code MalformedJsonException} or {@code TooManyEventsException} for a body
     * refused as a whole, {@link OverloadedException} or {@link StoreUnavailableException} when nothing was stored,
     * {@link OutcomeUnknownException} when the commit was not confirmed in time.
     */
    public IngestReport ingest(byte[] body, BodyFormat format, EventOrigin source) {
        Instant receivedAt = clock.instant();
        List<EventDraft> drafts = format == BodyFormat.NDJSON ? parser.parseNdjson(body) : parser.parseJson(body);
        List<ListenEvent> valid = new ArrayList<>(drafts.size());
        List<ValidationResult.Invalid> invalid = new ArrayList<>();
        for (EventDraft draft : drafts) {
            ValidationResult result = validator.validate(draft, receivedAt);
            if (result instanceof ValidationResult.Valid v) {
                valid.add(pseudonymised(v.event()));
            } else {
                invalid.add((ValidationResult.Invalid) result);
            }
        }
        return accept(valid, invalid, receivedAt, source);
    }

    /**
     * Ingests events made in this process by code whose output is valid by construction (the simulator, whose
     * tests pin that every event passes {@link EventValidator}, and the scrobbler protocols, which build events
     * from checked songs): dedupe and durable commit, no parsing.
     */
    public IngestReport ingestEvents(List<ListenEvent> events, EventOrigin source) {
        return accept(pseudonyms.on() ? events.stream().map(this::pseudonymised).toList() : events, List.of(),
                clock.instant(), source);
    }

    private ListenEvent pseudonymised(ListenEvent e) {
        if (!pseudonyms.on()) {
            return e;
        }
        return new ListenEvent(e.eventId(), e.eventType(), pseudonyms.of(e.userId()), e.trackId(), e.timestamp(),
                e.deviceTimestamp(), e.platform(), e.location(), e.sessionId(), e.positionMs(), e.msPlayed(),
                e.durationMs(), e.device(), e.context(), e.track());
    }

    /**
     * An import's batch handed to the writer: the events that were already stored (known at once), and the commit
     * of the rest, awaited with {@link #awaitImported} so that the import reads on while the writer commits.
     */
    public static final class ImportedBatch {
        private final List<ListenEvent> fresh;
        private final List<ListenEvent> duplicates;
        private final CompletableFuture<Void> committed;

        private ImportedBatch(List<ListenEvent> fresh, List<ListenEvent> duplicates, CompletableFuture<Void> committed) {
            this.fresh = fresh;
            this.duplicates = duplicates;
            this.committed = committed;
        }

        public List<ListenEvent> duplicates() {
            return duplicates;
        }

        public boolean isDone() {
            return committed.isDone();
        }
    }

    /**
     * Queues events an import made (checked by the import against the same rules), beside the records it refused,
     * for one commit, and answers without waiting for it; {@link #awaitImported} waits. The ids are claimed here,
     * so a later batch that repeats one of these events finds it a duplicate even before this commit ends.
     */
    public ImportedBatch submitImported(List<ListenEvent> events, List<RejectedEvent> rejected,
                                        EventOrigin source) {
        DedupeIndex.Claim claim = dedupe.claim(events);
        CompletableFuture<Void> done = submit(claim.fresh(), rejected, clock.instant(), source);
        metrics.outcomes(claim.fresh().size(), claim.duplicates().size(), rejected.size());
        return new ImportedBatch(claim.fresh(), claim.duplicates(), done);
    }

    /** Waits for the batch's commit; throws as {@link #ingest} does when it failed or was not confirmed in time. */
    public void awaitImported(ImportedBatch batch) {
        settle(batch.fresh, batch.committed);
    }

    /** Drops duplicates, stores the new events and the refused ones, and reports, once committed. */
    private IngestReport accept(List<ListenEvent> valid, List<ValidationResult.Invalid> invalid, Instant receivedAt,
                                EventOrigin source) {
        DedupeIndex.Claim claim = dedupe.claim(valid);
        store(claim.fresh(), rejections(invalid, receivedAt), receivedAt, source);
        metrics.outcomes(claim.fresh().size(), claim.duplicates().size(), invalid.size());
        return new IngestReport(claim.fresh().size(), claim.duplicates().size(), invalid);
    }

    private void store(List<ListenEvent> fresh, List<RejectedEvent> rejected, Instant receivedAt, EventOrigin source) {
        settle(fresh, submit(fresh, rejected, receivedAt, source));
    }

    /** Enriches and queues the rows; answers the commit's future (already complete when there is nothing to write). */
    private CompletableFuture<Void> submit(List<ListenEvent> fresh, List<RejectedEvent> rejected, Instant receivedAt,
                                           EventOrigin source) {
        if (fresh.isEmpty() && rejected.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<StoredEvent> rows = new ArrayList<>(fresh.size());
        for (ListenEvent e : fresh) {
            rows.add(new StoredEvent(e, receivedAt, enrichment == null ? null : enrichment.enrich(e), source));
        }
        try {
            return writer.submit(rows, rejected);
        } catch (RuntimeException e) {
            dedupe.released(fresh);
            throw e;
        }
    }

    /** Waits for the commit of {@code fresh}, then moves their ids from in-flight to stored (or frees them). */
    private void settle(List<ListenEvent> fresh, CompletableFuture<Void> done) {
        try {
            await(done);
        } finally {
            // Registered after the wait, so that the index is updated on this thread, not on the single writer
            // thread that bounds throughput; if the wait gave up first, the writer runs it when the commit ends.
            done.whenComplete((ok, error) -> {
                if (error == null) {
                    dedupe.committed(fresh);
                } else {
                    dedupe.released(fresh);
                }
            });
        }
    }

    private void await(CompletableFuture<Void> done) {
        try {
            done.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new OutcomeUnknownException("the events were queued but their commit was not confirmed within "
                    + ackTimeout.toMillis() + " ms: they may or may not be stored; send them again, and those already"
                    + " stored are answered as duplicates");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreUnavailableException refused) {
                throw refused;
            }
            if (e.getCause() instanceof OutcomeUnknownException unknown) {
                throw unknown;
            }
            throw new OverloadedException("the events could not be stored: nothing was stored; retry after a pause");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("interrupted while waiting for the commit");
        }
    }

    private List<RejectedEvent> rejections(List<ValidationResult.Invalid> invalid, Instant receivedAt) {
        if (invalid.isEmpty()) {
            return List.of();
        }
        String requestId = UUID.randomUUID().toString();
        List<RejectedEvent> out = new ArrayList<>(invalid.size());
        for (ValidationResult.Invalid r : invalid) {
            boolean malformed = r.violations().stream().anyMatch(v -> v.field().equals("$"));
            out.add(new RejectedEvent(receivedAt, requestId, r.index(), r.eventId(), pseudonyms.inRawText(r.raw()),
                    malformed ? "malformed" : "invalid", r.violations()));
        }
        return out;
    }
}
