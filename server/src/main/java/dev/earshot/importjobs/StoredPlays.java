package dev.earshot.importjobs;

import dev.earshot.imports.CrossSourceMerge;
import dev.earshot.imports.ImportFormat;
import dev.earshot.imports.ListenEvents;

import dev.earshot.store.SqlReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The listener's plays already stored, from imports and live clients alike, so that an import merges its
 * listens into those of other sources (a Spotify export after a Last.fm one). The source of an imported play
 * is in its event id; any other play is live.
 */
final class StoredPlays {
    private final SqlReader reader;

    StoredPlays(SqlReader reader) {
        this.reader = reader;
    }

    /** Adds every stored play of {@code userId} to the merge index; answers how many. */
    long loadInto(CrossSourceMerge merge, String userId) {
        return reader.read(conn -> {
            long n = 0;
            try (PreparedStatement ps = conn.prepareStatement("SELECT track_id, epoch_ms(ts), event_id FROM events"
                    + " WHERE user_id = ? AND event_type = 'play'")) {
                ps.setString(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ImportFormat source = ListenEvents.sourceOf(rs.getString(3));
                        merge.known(userId, rs.getString(1), rs.getLong(2),
                                source == null ? CrossSourceMerge.LIVE : source.ordinal());
                        n++;
                    }
                }
            }
            return n;
        });
    }
}
