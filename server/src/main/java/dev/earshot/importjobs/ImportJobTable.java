package dev.earshot.importjobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.imports.ImportSummary;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code import_jobs} table: each import's state and summary as {@code GET /v1/imports/{id}} shows them,
 * written as jobs of the one writer when an import starts, after each batch is committed and when it ends, so
 * that a restart keeps them. An import that was running when the process stopped reads {@code interrupted}.
 */
final class ImportJobTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INTERRUPTED_REASON = "the server stopped before this import ended; import the same files"
            + " again to finish it (the listens already stored are not added twice)";

    private final SqlReader reader;
    private final SqlWriter writer;

    ImportJobTable(SqlReader reader, SqlWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** At start, before any import runs: the imports left queued or running by the last process are interrupted. */
    void interruptLeftovers(Instant at) {
        writer.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE import_jobs SET state = 'interrupted',"
                    + " finished_at = ?, error = ? WHERE state IN ('queued', 'running')")) {
                ps.setObject(1, at.atOffset(ZoneOffset.UTC).toLocalDateTime());
                ps.setString(2, INTERRUPTED_REASON);
                return ps.executeUpdate();
            }
        });
    }

    /** Queues the status for the writer (the import does not wait); {@code userId} as the warehouse keeps it. */
    CompletableFuture<Void> save(ImportJob.Status s, String userId, int keep) {
        String summary = json(s.summary());
        return writer.writeAsideLater(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO import_jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, userId);
                ps.setString(3, s.state());
                ps.setInt(4, s.filesTotal());
                ps.setInt(5, s.filesDone());
                ps.setObject(6, s.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                ps.setObject(7, s.finishedAt() == null ? null : s.finishedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                ps.setString(8, s.error());
                ps.setString(9, summary);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM import_jobs WHERE id NOT IN"
                    + " (SELECT id FROM import_jobs ORDER BY created_at DESC LIMIT ?)")) {
                ps.setInt(1, keep);
                ps.executeUpdate();
            }
            return null;
        });
    }

    Optional<ImportJob.Status> find(String id) {
        return reader.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, state, user_id, files_total, files_done,"
                    + " created_at, finished_at, error, summary FROM import_jobs WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(status(rs)) : Optional.<ImportJob.Status>empty();
                }
            }
        });
    }

    private static ImportJob.Status status(ResultSet rs) throws SQLException {
        return new ImportJob.Status(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                null, instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8),
                summary(rs.getString(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String json(ImportSummary s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import summary is plain data and always serialises", e);
        }
    }

    private static ImportSummary summary(String json) {
        try {
            return JSON.readValue(json, ImportSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import_jobs holds a summary this version cannot read", e);
        }
    }
}
