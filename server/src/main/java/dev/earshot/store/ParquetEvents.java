package dev.earshot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Events written as one Parquet file with exactly the columns and types of the {@code events} table: the rows go
 * through the same {@link EventRowWriter} into an in-memory database migrated by the same {@link Schema}, which
 * then copies them out. The Parquet lake of the stream job is made of these files, so DuckDB reads the lake as it
 * reads the table, and the dashboard on the lake answers as on the file. Not thread-safe: one per writer.
 */
public final class ParquetEvents implements AutoCloseable {
    private final DuckDBConnection conn;
    private DuckDBAppender appender;
    private long rows;

    public ParquetEvents() {
        try {
            conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = conn.createStatement()) {
                // One buffer per open part file of a job: keep each small and single-threaded.
                st.execute("SET threads = 1");
                st.execute("SET memory_limit = '256MB'");
            }
            Schema.migrate(conn);
            appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
        } catch (SQLException e) {
            throw new WarehouseException("cannot open an in-memory buffer for Parquet", e);
        }
    }

    public void add(StoredEvent event) {
        try {
            EventRowWriter.append(appender, event);
            rows++;
        } catch (SQLException e) {
            throw new WarehouseException("cannot buffer an event for Parquet", e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Writes every row added so far, ordered by time then id, as one Parquet file (zstd). */
    public void writeTo(Path file) {
        try {
            appender.close();
            appender = null;
            Files.deleteIfExists(file);
            try (Statement st = conn.createStatement()) {
                st.execute("COPY (SELECT * FROM events ORDER BY ts, event_id) TO '" + file.toString().replace("'", "''")
                        + "' (FORMAT parquet, COMPRESSION zstd)");
            }
        } catch (SQLException | IOException e) {
            throw new WarehouseException("cannot write a Parquet file of events", e);
        }
    }

    @Override
    public void close() {
        try {
            if (appender != null) {
                appender.close();
            }
            conn.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close the Parquet buffer", e);
        }
    }
}
