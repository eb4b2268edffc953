package dev.earshot.importjobs;

import dev.earshot.imports.TrackResolver;

import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code track_aliases} table behind {@link TrackResolver}: loaded whole when the first import starts, and
 * added to batch by batch, as jobs of the one writer, before the events that use the aliases are written.
 */
final class TrackAliases {
    private final SqlReader reader;
    private final SqlWriter writer;
    private boolean staging;

    TrackAliases(SqlReader reader, SqlWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    void loadInto(TrackResolver resolver) {
        reader.read(conn -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT alias, track_id FROM track_aliases")) {
                while (rs.next()) {
                    resolver.known(rs.getString(1), rs.getString(2));
                }
            }
            return null;
        });
    }

    /**
     * Queues new aliases for the writer and answers at once (before any event queued after this call is
     * written); one already stored (by an import that raced this one's start) keeps its track.
     */
    CompletableFuture<Void> save(Map<String, String> aliases) {
        if (aliases.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return writer.writeAsideLater(conn -> {
            DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
            try (Statement st = conn.createStatement()) {
                if (!staging) {
                    st.execute("CREATE TEMP TABLE IF NOT EXISTS track_aliases_incoming AS SELECT * FROM track_aliases LIMIT 0");
                    staging = true;
                }
                try (DuckDBAppender a = duck.createAppender("temp", "main", "track_aliases_incoming")) {
                    for (Map.Entry<String, String> e : aliases.entrySet()) {
                        a.beginRow();
                        a.append(e.getKey());
                        a.append(e.getValue());
                        a.endRow();
                    }
                }
                st.execute("INSERT INTO track_aliases SELECT * FROM track_aliases_incoming ON CONFLICT DO NOTHING");
                st.execute("DELETE FROM track_aliases_incoming");
            }
            return null;
        });
    }
}
