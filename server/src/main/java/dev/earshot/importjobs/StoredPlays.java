package dev.earshot.importjobs;

import dev.earshot.imports.CrossSourceMerge;
import dev.earshot.imports.ImportFormat;
import dev.earshot.imports.ListenEvents;

import dev.earshot.store.SqlReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

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
            // The event id's prefix (imp_<source>_…) as the only string besides the track: a history has many plays.
            try (PreparedStatement ps = conn.prepareStatement("SELECT track_id, epoch_ms(ts), CASE WHEN starts_with("
                    + "event_id, ?) THEN split_part(event_id, '_', 1) || '_' || split_part(event_id, '_', 2) || '_' END"
                    + " FROM events WHERE user_id = ? AND event_type = 'play'")) {
                ps.setString(1, ListenEvents.ID_PREFIX);
                ps.setString(2, userId);
                Map<String, Integer> sources = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String prefix = rs.getString(3);
                        int source = prefix == null ? CrossSourceMerge.LIVE : sources.computeIfAbsent(prefix, p -> {
                            ImportFormat f = ListenEvents.sourceOf(p);
                            return f == null ? CrossSourceMerge.LIVE : f.ordinal();
                        });
                        merge.known(userId, rs.getString(1), rs.getLong(2), source);
                        n++;
                    }
                }
            }
            return n;
        });
    }
}
