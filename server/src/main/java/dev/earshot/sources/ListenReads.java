package dev.earshot.sources;

import dev.earshot.store.BoundSql;
import dev.earshot.store.SqlReader;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener's listens as the scrobbler protocols read them back: a listen is a {@code complete} event, and
 * it started {@code ms_played} before it (how {@link Scrobbles} stores it), so the start is what is shown.
 */
public final class ListenReads {
    private static final String START_MS = "(epoch_ms(e.ts) - coalesce(e.ms_played, 0))";

    private final SqlReader reader;

    public ListenReads(SqlReader reader) {
        this.reader = reader;
    }

    /** One listen read back. Artist, title and album are null for a track the catalog does not name. */
    public record StoredListen(Instant startedAt, Instant receivedAt, String trackId, String artist, String title,
                               String album, Long durationMs) {
    }

    /** How many listens, and the oldest and newest start (null when there are none). */
    public record Totals(long count, Instant oldest, Instant newest) {
    }

    /** The newest {@code limit} listens that started in (minTs, maxTs) (either null: unbounded), newest first. */
    public List<StoredListen> listens(String userId, Instant minTs, Instant maxTs, int limit) {
        BoundSql sql = BoundSql.of("SELECT " + START_MS + ", epoch_ms(e.received_at), e.track_id, t.artist, t.title,"
                + " t.album, coalesce(e.duration_ms, t.duration_ms) FROM events e LEFT JOIN tracks t"
                + " ON t.track_id = e.track_id WHERE e.user_id = ? AND e.event_type = 'complete'", userId);
        if (minTs != null) {
            sql = sql.then(" AND " + START_MS + " > ?", minTs.toEpochMilli());
        }
        if (maxTs != null) {
            sql = sql.then(" AND " + START_MS + " < ?", maxTs.toEpochMilli());
        }
        BoundSql query = sql.then(" ORDER BY 1 DESC, e.event_id LIMIT ?", limit);
        return reader.read(conn -> {
            List<StoredListen> out = new ArrayList<>();
            try (var ps = query.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long duration = rs.getLong(7);
                    out.add(new StoredListen(Instant.ofEpochMilli(rs.getLong(1)), Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.wasNull() ? null : duration));
                }
            }
            return out;
        });
    }

    public Totals totals(String userId) {
        BoundSql query = BoundSql.of("SELECT count(*), min(" + START_MS + "), max(" + START_MS + ") FROM events e"
                + " WHERE e.user_id = ? AND e.event_type = 'complete'", userId);
        return reader.read(conn -> {
            try (var ps = query.prepare(conn); ResultSet rs = ps.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                return count == 0 ? new Totals(0, null, null)
                        : new Totals(count, Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)));
            }
        });
    }
}
