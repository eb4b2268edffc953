package dev.earshot.store;

import dev.earshot.event.EventType;
import dev.earshot.event.TrackMetadata;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded warehouse: one DuckDB file. Writes go through one connection and the Appender (the fast
 * path); each read opens its own connection, since a DuckDB connection must not be shared across threads.
 */
public final class DuckDbWarehouse implements Warehouse, SqlReader, SqlWriter {
    /** The writer checkpoints when idle past this much log. */
    static final long IDLE_CHECKPOINT_BYTES = 16L << 20;
    /**
     * DuckDB's own checkpoint, inside a commit that a request waits for, only past this much log (its default
     * is 16 MB, which put a 300+ ms stall into every few hundred commits); bounds replay time after a crash.
     */
    static final String COMMIT_CHECKPOINT_THRESHOLD = "256MB";

    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final RejectedEventWriter rejectedWriter = new RejectedEventWriter();
    private final TrackCatalogWriter trackWriter = new TrackCatalogWriter();
    private final Path wal;
    private volatile boolean closed;

    private DuckDbWarehouse(DuckDBConnection root, Path file) throws SQLException {
        this.root = root;
        this.wal = Path.of(file.toAbsolutePath() + ".wal");
        this.writer = (DuckDBConnection) root.duplicate();
        Schema.migrate(writer);
        writer.setAutoCommit(false);
    }

    /**
     * Opens (creating if needed) the database file and migrates its schema. {@code memoryLimit} is a DuckDB
     * size such as "4GB", or null for DuckDB's default.
     */
    public static DuckDbWarehouse open(Path file, String memoryLimit) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (Statement st = conn.createStatement()) {
                st.execute("SET checkpoint_threshold = '" + COMMIT_CHECKPOINT_THRESHOLD + "'");
                if (memoryLimit != null) {
                    st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
                }
            }
            return new DuckDbWarehouse(conn, file);
        } catch (UnsatisfiedLinkError e) {
            throw new WarehouseException("could not load DuckDB's native library from java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "); if that folder is mounted noexec, start with"
                    + " -Djava.io.tmpdir=<an exec-allowed folder>", e);
        } catch (SQLException | java.io.IOException e) {
            throw new WarehouseException("could not open the database " + file + ": " + e.getMessage()
                    + " (only one process may open a DuckDB file for writing: is another Earshot running on it?)", e);
        }
    }

    @Override
    public void write(List<StoredEvent> events, List<RejectedEvent> rejected) {
        try {
            if (!events.isEmpty()) {
                try (DuckDBAppender appender = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
                    for (StoredEvent e : events) {
                        EventRowWriter.append(appender, e);
                    }
                }
            }
            var tracks = trackWriter.write(writer, events, Cursor.micros(java.time.Instant.now()));
            rejectedWriter.write(writer, rejected);
            writer.commit();
            trackWriter.committed(tracks);
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new WarehouseException("write failed: " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly(SQLException cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public EventPage events(EventQuery query) {
        EventSql sql = EventSql.forQuery(query);
        List<StoredEvent> events = new ArrayList<>();
        withReader(conn -> {
            try (PreparedStatement ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(EventRowReader.read(rs));
                }
            }
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
            try (PreparedStatement ps = conn.prepareStatement("SELECT user_id, track_id, event_type, ms_played FROM events"
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
        withReader(conn -> {
            conn.setAutoCommit(false);
            try {
                EnrichmentUpdater.update((DuckDBConnection) conn, events);
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
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
    public void eventIdsOnDay(LocalDate day, Consumer<String> sink) {
        withReader(conn -> DedupeQueries.idsOnDay(conn, day, sink));
    }

    @Override
    public Set<String> existingIds(LocalDate day, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            withReader(conn -> DedupeQueries.existing(conn, day, ids, found));
        }
        return found;
    }

    @Override
    public boolean checkpointIfDue() {
        try {
            if (!Files.exists(wal) || Files.size(wal) < IDLE_CHECKPOINT_BYTES) {
                return false;
            }
            try (Statement st = writer.createStatement()) {
                writer.commit();
                st.execute("CHECKPOINT");
            }
            return true;
        } catch (java.io.IOException | SQLException e) {
            throw new WarehouseException("checkpoint failed: " + e.getMessage(), e);
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
        if (closed) {
            return false;
        }
        try (Connection conn = root.duplicate(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT readonly FROM duckdb_databases() WHERE database_name = current_database()")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
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
        if (closed) {
            throw new WarehouseException("the warehouse is closed", null);
        }
        try (Connection conn = root.duplicate()) {
            return query.run(conn);
        } catch (SQLException e) {
            throw new WarehouseException("query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a connection of its own that may write, outside the writer's transactions: for a
     * feature's own table beside the events. Never append to {@code events}: only the writer does; deleting
     * from it (a listener's erasure) is safe, as the writer's appends touch no existing row.
     */
    @Override
    public <T> T writeAside(Query<T> work) {
        return read(work);
    }

    /** Checkpoints so that the next start need not replay the write-ahead log, then closes the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (root; writer; Statement st = writer.createStatement()) {
            writer.commit();
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new WarehouseException("closing the database failed: " + e.getMessage(), e);
        }
    }

}
