package dev.earshot.sources;

import dev.earshot.store.SqlReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * The track a scrobbled song is stored as: the one an import already filed it under when its MusicBrainz id or
 * its artist and title are an alias there (a Spotify history import keeps Spotify's id, with the artist/title
 * identity as an alias), else the artist/title identity itself. So a song imported from one service and
 * scrobbled from a player is one track. Scrobbles come one listener at a time: one indexed lookup each is cheap.
 */
final class KnownTracks {
    private static final String LOOKUP = "SELECT track_id FROM track_aliases WHERE alias IN (?, ?) ORDER BY alias = ? DESC"
            + " LIMIT 1";

    private final SqlReader reader;

    KnownTracks(SqlReader reader) {
        this.reader = reader;
    }

    String trackId(Song song) {
        String identity = song.trackId();
        String mbid = song.recordingMbid() == null || song.recordingMbid().isBlank() ? identity
                : "mbid:" + song.recordingMbid().strip().toLowerCase(Locale.ROOT);
        return reader.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(LOOKUP)) {
                ps.setString(1, mbid);
                ps.setString(2, identity);
                ps.setString(3, mbid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : identity;
                }
            }
        });
    }
}
