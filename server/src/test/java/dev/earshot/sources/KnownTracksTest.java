package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.TrackIdentity;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scrobbled song lands on the track an import already filed it under, so two sources make one track. */
class KnownTracksTest {
    @TempDir
    Path dir;

    @Test
    void takesTheTrackAnImportFiledTheSongUnderElseItsIdentity() {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", Events.CLOCK)) {
            String identity = TrackIdentity.of("Queen", "Bohemian Rhapsody");
            w.writeAside(conn -> conn.createStatement().execute("INSERT INTO track_aliases VALUES ('" + identity
                    + "', 'spotify:track:7tFiyTwD0nx5a1eklYtX2J'), ('mbid:b1a9c0e9-d987-4042-ae91-78d6a3267d69',"
                    + " 'spotify:track:4u7EnebtmKWzUH433cf5Qv')"));
            KnownTracks tracks = new KnownTracks(w);

            assertThat(tracks.trackId(new Song("Queen", "Bohemian Rhapsody - Remastered 2011", null, null, null)))
                    .isEqualTo("spotify:track:7tFiyTwD0nx5a1eklYtX2J");
            assertThat(tracks.trackId(new Song("Queen", "Somebody to Love", null, null,
                    "B1A9C0E9-D987-4042-AE91-78D6A3267D69"))).isEqualTo("spotify:track:4u7EnebtmKWzUH433cf5Qv");
            assertThat(tracks.trackId(new Song("Björk", "Jóga", null, null, null)))
                    .isEqualTo(TrackIdentity.of("Björk", "Jóga"));
        }
    }
}
