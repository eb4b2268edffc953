package dev.earshot.lake;

import dev.earshot.store.SqlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code events} relation of a lake server: a view over every committed Parquet file of the lake, with the
 * columns and types of the {@code events} table in its order, so that the one SQL text of each question answers
 * on the lake as on the table. The glob is expanded when a query binds the view, so a day partition or part file
 * committed by the job is read by the next query. Part files the job is still writing are hidden
 * ({@code .part-….inprogress…}) and never match {@code *.parquet}. Files written by an older schema read with the
 * columns they lack as null ({@code union_by_name}, with an empty file of the table's shape always in the union).
 * DuckDB refuses a glob that matches nothing, so until the first file is committed the view reads the empty file
 * alone, and {@link #run} (scheduled) adds the glob once the lake has a file.
 */
final class LakeView implements Runnable {
    static final String PARTITIONS = "dt=*";
    static final String FILES = "*.parquet";
    private static final Logger LOG = LoggerFactory.getLogger(LakeView.class);

    private final SqlWriter db;
    private final Path events;
    private final Path empty;
    private final String columns;
    private volatile Boolean globbing;

    private LakeView(SqlWriter db, Path events, Path empty, String columns) {
        this.db = db;
        this.events = events;
        this.empty = empty;
        this.columns = columns;
    }

    /**
     * Replaces the {@code events} table of a freshly migrated scratch database with the view; {@code empty} is
     * where the empty file of the table's shape goes (beside the scratch database, never into the lake).
     */
    static LakeView replaceTable(SqlWriter db, Path events, Path empty) {
        String columns = db.writeAside(conn -> {
            String casts = casts(conn);
            try (Statement st = conn.createStatement()) {
                st.execute("COPY (SELECT * FROM events LIMIT 0) TO " + literal(empty) + " (FORMAT parquet)");
                st.execute("DROP TABLE events");
            }
            return casts;
        });
        LakeView view = new LakeView(db, events, empty, columns);
        view.run();
        return view;
    }

    /** Points the view at the lake's files once there are any (and back at the empty file if they all went). */
    @Override
    public void run() {
        try {
            boolean files = hasFiles();
            if (globbing == null || globbing != files) {
                // The empty file is always read too: with it every column of the table is in the union, however
                // old the lake's files are.
                String sources = files ? literal(events.resolve(PARTITIONS).resolve(FILES)) + ", " + literal(empty)
                        : literal(empty);
                db.writeAside(conn -> {
                    try (Statement st = conn.createStatement()) {
                        st.execute("CREATE OR REPLACE VIEW events AS SELECT " + columns + " FROM read_parquet(["
                                + sources + "], hive_partitioning = false, union_by_name = true)");
                    }
                    return null;
                });
                globbing = files;
                LOG.info(files ? "lake {}: reading its Parquet files" : "lake {}: no committed file yet; empty until"
                        + " the first checkpoint", events);
            }
        } catch (RuntimeException e) {
            LOG.error("checking the lake {} for files failed; will retry", events, e);
        }
    }

    /** Stops at the first committed file: cheap however large the lake. */
    private boolean hasFiles() {
        if (!Files.isDirectory(events)) {
            return false;
        }
        try (DirectoryStream<Path> days = Files.newDirectoryStream(events, PARTITIONS)) {
            for (Path day : days) {
                if (Files.isDirectory(day)) {
                    try (DirectoryStream<Path> parts = Files.newDirectoryStream(day, FILES)) {
                        if (parts.iterator().hasNext()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lake " + events, e);
        }
    }

    /** {@code CAST(c AS type) AS c} for every column of the events table, in order. */
    private static String casts(Connection conn) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT column_name, data_type"
                + " FROM information_schema.columns WHERE table_name = 'events' AND table_schema = 'main'"
                + " ORDER BY ordinal_position")) {
            while (rs.next()) {
                String name = '"' + rs.getString(1).replace("\"", "\"\"") + '"';
                out.add("CAST(" + name + " AS " + rs.getString(2) + ") AS " + name);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the scratch database has no events table to take the shape of");
        }
        return String.join(", ", out);
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
