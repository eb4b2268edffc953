package dev.earshot.importjobs;

import dev.earshot.imports.CrossSourceMerge;
import dev.earshot.imports.ImportSink;
import dev.earshot.imports.ImportTally;
import dev.earshot.imports.ImportedListen;
import dev.earshot.imports.LeftOut;
import dev.earshot.imports.ListenEvents;
import dev.earshot.imports.TrackResolver;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.TrackMetadata;
import dev.earshot.event.Violation;
import dev.earshot.ingest.IngestService;
import dev.earshot.store.RejectedEvent;
import dev.earshot.store.EventOrigin;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where the readers of one import send their records: listens gather into batches, and each batch is resolved
 * to tracks, merged across sources, turned into events and written through the one writer in one commit, with
 * the records refused beside them in {@code rejected_events}. Catalog entries gather the same way. The import
 * does not wait for a batch's commit before reading on: up to {@value #IN_FLIGHT} batches are with the writer
 * while the next one is read, so reading and committing share the machine's cores instead of taking turns.
 */
final class ImportBatcher implements ImportSink {
    static final int BATCH_LISTENS = 10_000;
    static final int BATCH_TRACKS = 5_000;
    /** Batches handed to the writer and not yet confirmed; bounds the import's share of the writer's queue. */
    static final int IN_FLIGHT = 2;

    private final String importId;
    private final String userId;
    private final ImportRequest request;
    private final ImportTally tally;
    private final TrackResolver resolver;
    private final CrossSourceMerge merge;
    private final ListenEvents mapper;
    private final IngestService ingest;
    private final TrackAliases aliases;
    private final Consumer<Map<String, TrackMetadata>> catalog;
    private final Runnable progress;
    private final Clock clock;
    private final List<Pending> listens = new ArrayList<>();
    private final List<RejectedEvent> refused = new ArrayList<>();
    private final Map<String, TrackMetadata> tracks = new LinkedHashMap<>();
    private final ArrayDeque<Handed> handed = new ArrayDeque<>();
    private String file = "";
    private long index;

    ImportBatcher(String importId, String userId, ImportRequest request, ImportTally tally, TrackResolver resolver,
                  CrossSourceMerge merge, ListenEvents mapper, IngestService ingest, TrackAliases aliases,
                  Consumer<Map<String, TrackMetadata>> catalog, Runnable progress, Clock clock) {
        this.importId = importId;
        this.userId = userId;
        this.request = request;
        this.tally = tally;
        this.resolver = resolver;
        this.merge = merge;
        this.mapper = mapper;
        this.ingest = ingest;
        this.aliases = aliases;
        this.catalog = catalog;
        this.progress = progress;
        this.clock = clock;
    }

    /** The next records come from this entry of the export. */
    void file(String name) {
        file = name;
        index = 0;
    }

    private record Pending(ImportedListen listen, long index, String file) {
    }

    /** A batch with the writer: its commit, the listens it holds, and the aliases stored before it. */
    private record Handed(IngestService.ImportedBatch batch, long listens, CompletableFuture<Void> aliases) {
    }

    @Override
    public void listen(ImportedListen listen) {
        tally.read(1);
        if (!listens.isEmpty() && listens.get(0).listen().source() != listen.source()) {
            // One batch, one format: its events are stored with that format as their source.
            flush();
        }
        listens.add(new Pending(listen, index++, file));
        if (listens.size() >= BATCH_LISTENS) {
            flush();
        }
    }

    @Override
    public void leftOut(LeftOut kind) {
        index++;
        tally.leftOut(kind);
    }

    @Override
    public void rejected(String fileName, long recordIndex, String field, String reason, String raw) {
        index++;
        tally.read(1);
        refuse(fileName == null ? file : fileName, recordIndex, field, reason, raw);
    }

    @Override
    public void catalogTrack(String trackId, TrackMetadata track) {
        index++;
        tally.read(1);
        tracks.put(resolver.resolveCatalog(trackId, track.artist(), track.title()), track);
        if (tracks.size() >= BATCH_TRACKS) {
            flushTracks();
        }
    }

    /** Writes what has gathered and waits until every batch is committed; called once, at the end. */
    void finish() {
        flush();
        while (!handed.isEmpty()) {
            settle(handed.poll());
        }
    }

    /**
     * After a failure: waits for the batches already with the writer, so that the dedupe index learns which of
     * their events are stored, and ignores their own failures (the import has failed already).
     */
    void abandon() {
        while (!handed.isEmpty()) {
            try {
                settle(handed.poll());
            } catch (RuntimeException ignored) {
                // the import's first failure is the one reported
            }
        }
    }

    /** Hands what has gathered to the writer; waits for the oldest batch when {@value #IN_FLIGHT} are already there. */
    private void flush() {
        flushTracks();
        Instant now = clock.instant();
        List<ListenEvent> events = new ArrayList<>(listens.size() * 2);
        // Null only when no listen gathered, and so no event carries it.
        EventOrigin source = listens.isEmpty() ? null : EventOrigin.imported(listens.get(0).listen().source());
        long mappedListens = 0;
        long merged = 0;
        for (Pending p : listens) {
            ImportedListen l = p.listen();
            List<Violation> problems = mapper.check(l, now);
            if (!problems.isEmpty()) {
                Violation first = problems.get(0);
                refuse(p.file(), p.index(), first.field(), first.message(), describe(l));
                continue;
            }
            String track = resolver.resolve(l);
            if (merge.merges(userId, track, l.startedAt().toEpochMilli(), l.source())) {
                merged++;
                continue;
            }
            List<ListenEvent> mapped = mapper.events(l, userId, track);
            mappedListens++;
            events.addAll(mapped);
        }
        listens.clear();
        tally.stored(0, 0, merged);
        // Queued on the writer before this batch's events: an event's aliases are stored no later than the event.
        CompletableFuture<Void> saved = aliases.save(resolver.drainNew());
        if (events.isEmpty() && refused.isEmpty()) {
            return;
        }
        IngestService.ImportedBatch batch = ingest.submitImported(events, List.copyOf(refused), source);
        refused.clear();
        handed.add(new Handed(batch, mappedListens, saved));
        while (handed.size() > IN_FLIGHT) {
            settle(handed.poll());
        }
    }

    /** Waits for a batch's commit and counts its listens. */
    private void settle(Handed h) {
        ingest.awaitImported(h.batch());
        h.aliases().join();
        // Each listen has exactly one play: a duplicate play is a listen already stored (or given twice).
        long duplicatePlays = h.batch().duplicates().stream().filter(e -> e.eventType() == EventType.PLAY).count();
        tally.stored(h.listens() - duplicatePlays, duplicatePlays, 0);
        progress.run();
    }

    private void flushTracks() {
        if (tracks.isEmpty()) {
            return;
        }
        aliases.save(resolver.drainNew()).join();
        catalog.accept(Map.copyOf(tracks));
        tally.catalogTracks(tracks.size());
        tracks.clear();
    }

    private void refuse(String fileName, long recordIndex, String field, String reason, String raw) {
        tally.rejected(fileName, recordIndex, field, reason);
        String where = "file '" + fileName + "', record " + recordIndex + ": " + reason;
        refused.add(new RejectedEvent(clock.instant(), importId, (int) Math.min(Integer.MAX_VALUE, recordIndex), null,
                raw == null ? "" : raw, "import", List.of(new Violation(field == null ? "record" : field, where))));
    }

    /** A refused listen as text for {@code rejected_events.raw}: what the reader made of the record. */
    private static String describe(ImportedListen l) {
        return l.source().wire() + ": " + l.artist() + " - " + l.title() + " at " + l.startedAt()
                + " (ms_played " + l.msPlayed() + ")";
    }
}
