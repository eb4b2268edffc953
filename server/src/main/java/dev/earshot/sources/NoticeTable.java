package dev.earshot.sources;

import dev.earshot.event.Platform;
import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code now_playing} table behind {@link NowPlayingBoard}: each notice and the listen that completed it, so
 * that after a restart a listen (or a client's resubmission of one) completes the play its notice started instead
 * of adding a second. Written as jobs of the one writer; read once, at start. A day is kept: no client submits a
 * listen later than that after its notice (Jellyfin's offline cache resubmits listens, whose ids already hold).
 */
final class NoticeTable {
    static final Duration KEPT = Duration.ofDays(1);
    private final SqlReader reader;
    private final SqlWriter writer;

    NoticeTable(SqlReader reader, SqlWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** Puts the notices of the last day back on {@code board}, oldest first, and forgets older ones. */
    void loadInto(NowPlayingBoard board, Instant now) {
        long since = Cursor.micros(now.minus(KEPT));
        writer.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM now_playing WHERE started_at < make_timestamp(?)")) {
                ps.setLong(1, since);
                ps.execute();
            }
            return null;
        });
        reader.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT user_id, artist, title, album, duration_ms,"
                    + " recording_mbid, platform, epoch_us(started_at), play_event_id, epoch_us(shown_until), listen_key"
                    + " FROM now_playing ORDER BY started_at")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long duration = rs.getLong(5);
                        Song song = new Song(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.wasNull() ? null : duration, rs.getString(6));
                        Platform platform = Platform.WIRE.find(rs.getString(7)).orElse(Platform.OTHER);
                        board.restore(rs.getString(1), new NowPlayingBoard.Notice(song, Cursor.instant(rs.getLong(8)),
                                platform, rs.getString(9), Cursor.instant(rs.getLong(10))), rs.getString(11));
                    }
                }
            }
            return null;
        });
    }

    void started(String userId, NowPlayingBoard.Notice n) {
        writer.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO now_playing VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " make_timestamp(?), make_timestamp(?), NULL)"
                    + " ON CONFLICT (play_event_id) DO UPDATE SET shown_until = excluded.shown_until")) {
                ps.setString(1, n.playEventId());
                ps.setString(2, userId);
                ps.setString(3, n.song().artist());
                ps.setString(4, n.song().title());
                ps.setString(5, n.song().album());
                ps.setObject(6, n.song().durationMs());
                ps.setString(7, n.song().recordingMbid());
                ps.setString(8, n.platform().wire());
                ps.setLong(9, Cursor.micros(n.startedAt()));
                ps.setLong(10, Cursor.micros(n.shownUntil()));
                ps.execute();
            }
            return null;
        });
    }

    void claimed(String playEventId, String listenKey) {
        writer.writeAside(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE now_playing SET listen_key = ? WHERE play_event_id = ?")) {
                ps.setString(1, listenKey);
                ps.setString(2, playEventId);
                ps.execute();
            }
            return null;
        });
    }
}
