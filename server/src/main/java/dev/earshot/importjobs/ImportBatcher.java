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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the readers of one import send their records: listens gather into batches, and each batch is resolved
 * to tracks, merged across sources, turned into events and written through the one writer in one commit, with
 * the records refused beside them in {@code rejected_events}. Catalog entries gather the same way.
 */
final class ImportBatcher implements ImportSink {
    static final int BATCH_LISTENS = 5_000;
    static final int BATCH_TRACKS = 5_000;

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
    private final Clock clock;
    private final List<Pending> listens = new ArrayList<>();
    private final List<RejectedEvent> refused = new ArrayList<>();
    private final Map<String, TrackMetadata> tracks = new LinkedHashMap<>();
    private String file = "";
    private long index;

    ImportBatcher(String importId, String userId, ImportRequest request, ImportTally tally, TrackResolver resolver,
                  CrossSourceMerge merge, ListenEvents mapper, IngestService ingest, TrackAliases aliases,
                  Consumer<Map<String, TrackMetadata>> catalog, Clock clock) {
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
        this.clock = clock;
    }

    /** The next records come from this entry of the export. */
    void file(String name) {
        file = name;
        index = 0;
    }

    private record Pending(ImportedListen listen, long index, String file) {
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

    /** Writes what has gathered; called at every batch and at the end. */
    void flush() {
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
        aliases.save(resolver.drainNew());
        if (events.isEmpty() && refused.isEmpty()) {
            tally.stored(0, 0, merged);
            return;
        }
        List<ListenEvent> duplicates = ingest.ingestImported(events, List.copyOf(refused), source);
        refused.clear();
        // Each listen has exactly one play: a duplicate play is a listen already stored (or given twice).
        long duplicatePlays = duplicates.stream().filter(e -> e.eventType() == EventType.PLAY).count();
        tally.stored(mappedListens - duplicatePlays, duplicatePlays, merged);
    }

    private void flushTracks() {
        if (tracks.isEmpty()) {
            return;
        }
        aliases.save(resolver.drainNew());
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
