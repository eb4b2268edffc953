package dev.earshot.store;

import dev.earshot.event.EventType;
import dev.earshot.event.TrackMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where events live. {@link #write} is called from one writer thread only and commits atomically before it
 * returns; every read may come from any thread.
 */
public interface Warehouse extends AutoCloseable {

    /** Stores accepted and rejected events in one transaction; returns only once it is durable. */
    void write(List<StoredEvent> events, List<RejectedEvent> rejected);

    /**
     * Readies events for {@link #writePrepared} on the caller's thread — a request's, not the one writer's — so
     * that work which needs no database stays off the writer. The caller closes the result once written or refused.
     */
    default PreparedEvents prepare(List<StoredEvent> events) {
        return PreparedEvents.rows(events);
    }

    /** As {@link #write}, for groups readied by {@link #prepare}; it does not close them. */
    default void writePrepared(List<PreparedEvents> groups, List<RejectedEvent> rejected) {
        List<StoredEvent> events = new java.util.ArrayList<>();
        for (PreparedEvents g : groups) {
            events.addAll(g.events());
        }
        write(events, rejected);
    }

    EventPage events(EventQuery query);

    /** One stored listen as the co-listening model reads it. */
    interface ListenSink {
        void accept(String userId, String trackId, EventType type, Long msPlayed);
    }

    /** Every event since {@code since}, oldest first, as (user, track, type, ms played): for model rebuilds. */
    void listens(Instant since, ListenSink sink);

    /** Every track of the catalog with its metadata, e.g. to warm an in-memory catalog at start. */
    void tracks(BiConsumer<String, TrackMetadata> sink);

    Optional<StoredEvent> event(String eventId);

    /** The catalog entry of a track, or empty when no metadata about it is stored. */
    Optional<TrackMetadata> track(String trackId);

    /**
     * Every event with a timestamp in [from, to), oldest first (ties by event_id), skipping those already
     * enriched by model version {@code skipVersion} when it is not null: what a backfill enriches again.
     */
    void replay(Instant from, Instant to, String skipVersion, Consumer<StoredEvent> sink);

    /** Replaces the stored insight of these events with theirs. Callers other than the writer thread may call it. */
    void replaceEnrichment(List<StoredEvent> events);

    /** The first and last event timestamp, or empty when nothing is stored. */
    Optional<EventSpan> span();

    /**
     * Every event_id whose device timestamp falls on a day (UTC) from {@code from} until {@code until}
     * (exclusive), with that day: the dedupe index loads the days a batch touches in one read.
     */
    void eventIdsOnDays(LocalDate from, LocalDate until, BiConsumer<LocalDate, String> sink);

    /**
     * Which of {@code ids} are stored with a device timestamp on a day (UTC) from {@code from} until {@code until}
     * (exclusive), each with that day.
     */
    void existingIds(LocalDate from, LocalDate until, Collection<String> ids, BiConsumer<LocalDate, String> found);

    /**
     * Folds the write-ahead log into the database file if it has grown past the point where that is worth
     * doing. Called by the writer thread when no request is waiting, so that this work stays out of the
     * commits that requests wait for. Returns true if it did.
     */
    boolean checkpointIfDue();

    long countEvents();

    long countRejected();

    /** True when the database answers and accepts writes. */
    boolean isWritable();

    /** Whether writes are taken now, and if not why: what /health reports. */
    default StoreHealth health() {
        return isWritable() ? StoreHealth.WRITABLE
                : StoreHealth.failed(WriteFault.OTHER, "the database does not accept writes", null);
    }

    /** Throws the {@link StoreUnavailableException} a write would meet now, so that it is refused before queueing. */
    default void checkWritable() {
        StoreHealth now = health();
        if (!now.writable()) {
            throw new StoreUnavailableException(now.fault(), now.reason() + ": nothing was stored");
        }
    }

    @Override
    void close();
}
