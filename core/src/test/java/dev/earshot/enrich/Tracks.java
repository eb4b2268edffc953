package dev.earshot.enrich;

import dev.earshot.catalog.AudioFeatures;
import dev.earshot.catalog.Track;
import java.util.List;

/** Tiny builders for catalog tracks in tests. */
final class Tracks {
    private Tracks() {
    }

    static Track withMood(double valence, double energy) {
        return new Track("t1", "Song", "Artist", "Album", 200_000L, List.of(),
                new AudioFeatures(null, energy, valence, null, null, null, null, null, null));
    }

    static Track withGenres(String... genres) {
        return new Track("t1", "Song", "Artist", "Album", 200_000L, List.of(genres), AudioFeatures.NONE);
    }

    static Track withEnergy(double energy) {
        return new Track("t1", "Song", "Artist", "Album", 200_000L, List.of(),
                new AudioFeatures(null, energy, null, null, null, null, null, null, null));
    }
}
