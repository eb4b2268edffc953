package dev.earshot.simulate;

import dev.earshot.vocab.Genre;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Popularity-weighted draws of tracks by genre. Emerging artists' tracks sit in their own pools, so that how
 * often they are drawn can grow over the period independently of the established catalog.
 */
final class TrackPools {
    private final Pool[] established = new Pool[Genre.values().length];
    private final Pool[] emerging = new Pool[Genre.values().length];
    private final Pool everything;

    TrackPools(List<SimTrack> tracks) {
        for (Genre g : Genre.values()) {
            established[g.ordinal()] = Pool.of(tracks, t -> t.genre() == g && !t.artist().emerging());
            emerging[g.ordinal()] = Pool.of(tracks, t -> t.genre() == g && t.artist().emerging());
        }
        everything = Pool.of(tracks, t -> !t.artist().emerging());
    }

    /** A track of the genre by popularity; any track when the catalog has none of that genre. */
    SimTrack established(Genre g, SplittableRandom r) {
        Pool p = established[g.ordinal()];
        return (p.isEmpty() ? everything : p).draw(r);
    }

    /** A track of an emerging artist of the genre, or null when there is none. */
    SimTrack emerging(Genre g, SplittableRandom r) {
        Pool p = emerging[g.ordinal()];
        return p.isEmpty() ? null : p.draw(r);
    }

    private record Pool(SimTrack[] tracks, AliasTable weights) {
        static Pool of(List<SimTrack> all, java.util.function.Predicate<SimTrack> keep) {
            List<SimTrack> kept = new ArrayList<>();
            for (SimTrack t : all) {
                if (keep.test(t)) {
                    kept.add(t);
                }
            }
            double[] weights = kept.stream().mapToDouble(SimTrack::popularity).toArray();
            return new Pool(kept.toArray(SimTrack[]::new), kept.isEmpty() ? null : new AliasTable(weights));
        }

        boolean isEmpty() {
            return tracks.length == 0;
        }

        SimTrack draw(SplittableRandom r) {
            return tracks[weights.draw(r)];
        }
    }
}
