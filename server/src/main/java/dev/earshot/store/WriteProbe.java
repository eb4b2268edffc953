package dev.earshot.store;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * Proves the database can be written: a committed row (which writes the write-ahead log) and a checkpoint
 * (which writes the file). Run at start and before a failed file takes writes again: DuckDB opens a file whose
 * folder is not writable and only fails at the first commit, when the log must be created.
 */
final class WriteProbe {
    private WriteProbe() {
    }

    static void run(DuckDBConnection writer) throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS writer_probe (checked_at TIMESTAMP NOT NULL)");
            DuckDbFile.begin(writer);
            st.execute("DELETE FROM writer_probe");
            st.execute("INSERT INTO writer_probe VALUES (now()::TIMESTAMP)");
            DuckDbFile.commit(writer);
            st.execute("CHECKPOINT");
        }
    }
}
