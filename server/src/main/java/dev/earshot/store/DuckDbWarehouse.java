package dev.earshot.store;

import dev.earshot.event.EventType;
import dev.earshot.event.TrackMetadata;
import java.time.Clock;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded warehouse: one DuckDB file. Every write is a job for the file's one writer thread and
 * connection (the Appender, the fast path, for events); each read opens its own connection, since a DuckDB
 * connection must not be shared across threads.
 */
public final class DuckDbWarehouse implements Warehouse, SqlReader, SqlWriter {
    /** The writer checkpoints when idle past this much log. */
    static final long IDLE_CHECKPOINT_BYTES = 16L << 20;

    private final DuckDbFile file;
    private final Clock clock;
    private final RejectedEventWriter rejectedWriter = new RejectedEventWriter();
    private final TrackCatalogWriter trackWriter = new TrackCatalogWriter();
    /** Empty when the events go through the Appender (asked for, or Arrow unusable in this JVM). */
    private final Optional<BulkInsert> bulk;

    private DuckDbWarehouse(DuckDbFile file, EventWritePath path, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.bulk = path == EventWritePath.BULK ? BulkInsert.open() : Optional.empty();
    }

    /**
     * Opens (creating if needed) the database file, migrates its schema and checks that the file and its
     * write-ahead log can be written. {@code memoryLimit} is a DuckDB size such as "4GB", or null for DuckDB's
     * default. No free-space guard: see {@link #open(Path, String, long, Clock)}. {@code clock}: when rows are
     * written, when a fault happened, when to try reopening after one.
     */
    public static DuckDbWarehouse open(Path file, String memoryLimit, Clock clock) {
        return open(file, memoryLimit, 0, clock);
    }

    /** As {@link #open(Path, String, Clock)}, refusing new data while less than {@code minFreeDiskBytes} are free (0: off). */
    public static DuckDbWarehouse open(Path file, String memoryLimit, long minFreeDiskBytes, Clock clock) {
        return open(file, memoryLimit, minFreeDiskBytes, EventWritePath.BULK, clock);
    }

    /** As {@link #open(Path, String, long, Clock)}, appending events the given way (benchmarks compare the two). */
    public static DuckDbWarehouse open(Path file, String memoryLimit, long minFreeDiskBytes, EventWritePath path,
                                       Clock clock) {
        return new DuckDbWarehouse(DuckDbFile.open(file, memoryLimit, minFreeDiskBytes, clock), path, clock);
    }

    /** The way events are appended, after the bulk path's check of this JVM. */
    public EventWritePath writePath() {
        return bulk.isPresent() ? EventWritePath.BULK : EventWritePath.APPENDER;
    }

    /** Off-heap bytes the columnar path holds now (0 on the Appender): what its failure-path tests watch drain. */
    long columnBytes() {
        return bulk.map(BulkInsert::allocatedBytes).orElse(0L);
    }

    /** Appends and commits in one transaction: a failed group stores none of its rows. */
    @Override
    public void write(List<StoredEvent> events, List<RejectedEvent> rejected) {
        try (PreparedEvents group = prepare(events)) {
            writePrepared(List.of(group), rejected);
        }
    }

    /** Builds the Arrow columns on the calling thread when the columnar path is on. */
    @Override
    public PreparedEvents prepare(List<StoredEvent> events) {
        if (bulk.isEmpty() || events.isEmpty()) {
            return PreparedEvents.rows(events);
        }
        return new PreparedEvents(events, bulk.get().columns(events));
    }

    @Override
    public void writePrepared(List<PreparedEvents> groups, List<RejectedEvent> rejected) {
        int rows = rejected.size();
        List<StoredEvent> events = new ArrayList<>();
        for (PreparedEvents g : groups) {
            events.addAll(g.events());
        }
        file.write("commit of " + (events.size() + rows) + " rows", true, writer -> {
            DuckDbFile.begin(writer);
            appendEvents(writer, groups);
            var tracks = trackWriter.write(writer, events, Cursor.micros(clock.instant()));
            rejectedWriter.write(writer, rejected);
            DuckDbFile.commit(writer);
            trackWriter.committed(tracks);
            return null;
        });
    }

    /** Upserts catalog entries without events (a catalog CSV import), field by field as inline metadata does. */
    public void upsertTracks(java.util.Map<String, TrackMetadata> tracks) {
        file.write("catalog upsert of " + tracks.size() + " tracks", true, writer -> {
            DuckDbFile.begin(writer);
            var written = trackWriter.upsert(writer, new java.util.LinkedHashMap<>(tracks), Cursor.micros(clock.instant()));
            DuckDbFile.commit(writer);
            trackWriter.committed(written);
            return null;
        });
    }

    /** Columns prepared by {@link #prepare} go in with one statement; groups prepared as rows, through the Appender. */
    private void appendEvents(DuckDBConnection writer, List<PreparedEvents> groups) throws SQLException {
        List<org.apache.arrow.vector.VectorSchemaRoot> columns = new ArrayList<>();
        List<StoredEvent> rows = new ArrayList<>();
        for (PreparedEvents g : groups) {
            if (g.columns() != null) {
                columns.add(g.columns());
            } else {
                rows.addAll(g.events());
            }
        }
        if (!columns.isEmpty()) {
            bulk.orElseThrow().insertBatches(writer, columns);
        }
        if (!rows.isEmpty()) {
            try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
                for (StoredEvent e : rows) {
                    EventRowWriter.append(appender, e);
                }
            }
        }
    }

    @Override
    public EventPage events(EventQuery query) {
        BoundSql sql = EventPageSql.of(query);
        List<StoredEvent> events = new ArrayList<>();
        withReader(conn -> {
            // The page's rows first, their catalog entries then by key (EventRowReader.SELECT_EVENTS says why).
            List<StoredEvent> rows = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(EventRowReader.read(rs, null));
                }
            }
            Set<String> trackIds = new HashSet<>();
            rows.forEach(e -> trackIds.add(e.event().trackId()));
            trackIds.remove(null);
            Map<String, TrackMetadata> tracks = TrackRows.byIds(conn, trackIds);
            rows.forEach(e -> events.add(EventRowReader.withTrack(e, tracks.get(e.event().trackId()))));
        });
        if (events.size() <= query.limit()) {
            return new EventPage(events, null);
        }
        List<StoredEvent> page = events.subList(0, query.limit());
        StoredEvent last = page.get(page.size() - 1);
        return new EventPage(List.copyOf(page), new Cursor(Cursor.micros(last.event().timestamp()), last.event().eventId()));
    }

    @Override
    public void listens(Instant since, ListenSink sink) {
        withReader(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT user_id, track_id, event_type, ms_played FROM listens"
                    + " WHERE ts >= make_timestamp(?) ORDER BY ts")) {
                ps.setLong(1, Cursor.micros(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long played = rs.getLong(4);
                        Long msPlayed = rs.wasNull() ? null : played;
                        sink.accept(rs.getString(1), rs.getString(2), EventType.WIRE.find(rs.getString(3)).orElseThrow(),
                                msPlayed);
                    }
                }
            }
        });
    }

    @Override
    public void tracks(BiConsumer<String, TrackMetadata> sink) {
        withReader(conn -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(TrackRows.SELECT)) {
                while (rs.next()) {
                    sink.accept(rs.getString("track_id"), TrackRows.read(rs));
                }
            }
        });
    }

    @Override
    public void replay(Instant from, Instant to, String skipVersion, Consumer<StoredEvent> sink) {
        String sql = EventRowReader.SELECT + " WHERE e.ts >= make_timestamp(?) AND e.ts < make_timestamp(?)"
                + (skipVersion == null ? "" : " AND e.model_version IS DISTINCT FROM ?") + " ORDER BY e.ts, e.event_id";
        withReader(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setLong(1, Cursor.micros(from));
                ps.setLong(2, Cursor.micros(to));
                if (skipVersion != null) {
                    ps.setString(3, skipVersion);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(EventRowReader.read(rs));
                    }
                }
            }
        });
    }

    @Override
    public void replaceEnrichment(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        file.write("enrichment update", false, writer -> {
            DuckDbFile.begin(writer);
            EnrichmentUpdater.update(writer, events);
            DuckDbFile.commit(writer);
            return null;
        });
    }

    @Override
    public Optional<EventSpan> span() {
        return read(conn -> {
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT epoch_us(min(ts)), epoch_us(max(ts)) FROM events")) {
                rs.next();
                long first = rs.getLong(1);
                if (rs.wasNull()) {
                    return Optional.empty();
                }
                return Optional.of(new EventSpan(Cursor.instant(first), Cursor.instant(rs.getLong(2))));
            }
        });
    }

    @Override
    public Optional<TrackMetadata> track(String trackId) {
        return read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(TrackRows.SELECT + " WHERE track_id = ?")) {
                ps.setString(1, trackId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(TrackRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<StoredEvent> event(String eventId) {
        List<StoredEvent> found = new ArrayList<>(1);
        withReader(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    EventRowReader.SELECT + " WHERE e.event_id = ? LIMIT 1")) {
                ps.setString(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.add(EventRowReader.read(rs));
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    @Override
    public void eventIdsOnDays(LocalDate from, LocalDate until, BiConsumer<LocalDate, String> sink) {
        withReader(conn -> DedupeQueries.idsOnDays(conn, from, until, sink));
    }

    @Override
    public void existingIds(LocalDate from, LocalDate until, Collection<String> ids, BiConsumer<LocalDate, String> found) {
        if (!ids.isEmpty()) {
            withReader(conn -> DedupeQueries.existing(conn, from, until, ids, found));
        }
    }

    @Override
    public boolean checkpointIfDue() {
        file.maintain();
        if (!file.health().writable() || walBytes() < IDLE_CHECKPOINT_BYTES) {
            return false;
        }
        return file.write("checkpoint", false, writer -> {
            try (Statement st = writer.createStatement()) {
                st.execute("CHECKPOINT");
            }
            return true;
        });
    }

    private long walBytes() {
        try {
            return Files.exists(file.wal()) ? Files.size(file.wal()) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Override
    public long countEvents() {
        return count("SELECT count(*) FROM events");
    }

    @Override
    public long countRejected() {
        return count("SELECT count(*) FROM rejected_events");
    }

    private long count(String sql) {
        long[] result = new long[1];
        withReader(conn -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                result[0] = rs.getLong(1);
            }
        });
        return result[0];
    }

    @Override
    public boolean isWritable() {
        return file.health().writable();
    }

    @Override
    public StoreHealth health() {
        return file.health();
    }

    @Override
    public void checkWritable() {
        file.checkWritable();
    }

    /** Failed writes since start, by cause: a meter. */
    public long failedWrites(WriteFault fault) {
        return file.failures(fault);
    }

    @FunctionalInterface
    private interface ReadWork {
        void run(Connection conn) throws SQLException;
    }

    private void withReader(ReadWork work) {
        read(conn -> {
            work.run(conn);
            return null;
        });
    }

    @Override
    public <T> T read(Query<T> query) {
        return file.read(query);
    }

    /**
     * Runs {@code work} as a job of the one writer, on its connection in auto-commit mode (a job that calls
     * {@code setAutoCommit(false)} commits itself; what it leaves open is committed when it returns): for a
     * feature's own tables beside the events, and erasure.
     */
    @Override
    public <T> T writeAside(Query<T> work) {
        return file.write("write", false, writer -> committed(work, writer));
    }

    @Override
    public <T> java.util.concurrent.CompletableFuture<T> writeAsideLater(Query<T> work) {
        return file.writeLater("write", false, writer -> committed(work, writer));
    }

    private static <T> T committed(Query<T> work, DuckDBConnection writer) throws SQLException {
        T result = work.run(writer);
        if (!writer.getAutoCommit()) {
            writer.commit();
            writer.setAutoCommit(true);
        }
        return result;
    }

    /**
     * Rewrites the database file from its live rows, so that no byte of deleted rows remains in it or its log;
     * a job of the one writer. Answers the file's size (with its log) before and after.
     */
    public long[] compact() {
        return file.compact();
    }

    /** Writes a consistent copy of the whole database to the new file {@code target}; a job of the one writer. */
    public void snapshot(Path target) {
        file.snapshot(target);
    }

    /** Checkpoints so that the next start need not replay the write-ahead log, then closes the file. */
    @Override
    public void close() {
        file.close();
        bulk.ifPresent(BulkInsert::close);
    }
}
