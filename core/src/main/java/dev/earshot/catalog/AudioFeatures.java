package dev.earshot.catalog;

import java.util.Map;

/**
 * A track's audio features on Spotify's scales (0..1 except tempo in BPM and loudness in dB). Each feature is
 * null when the source did not give it: a model must tell "unknown" from a real zero.
 */
public record AudioFeatures(Double danceability, Double energy, Double valence, Double tempo, Double acousticness,
                            Double instrumentalness, Double speechiness, Double liveness, Double loudness) {

    public static final AudioFeatures NONE = new AudioFeatures(null, null, null, null, null, null, null, null, null);

    /** Reads the wire names of inline metadata ("energy", "valence", ...); other keys are ignored. */
    public static AudioFeatures fromMap(Map<String, Double> m) {
        if (m == null || m.isEmpty()) {
            return NONE;
        }
        return new AudioFeatures(m.get("danceability"), m.get("energy"), m.get("valence"), m.get("tempo"),
                m.get("acousticness"), m.get("instrumentalness"), m.get("speechiness"), m.get("liveness"),
                m.get("loudness"));
    }

    /** The known features by their wire names: the inverse of {@link #fromMap}. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new java.util.TreeMap<>();
        put(m, "danceability", danceability);
        put(m, "energy", energy);
        put(m, "valence", valence);
        put(m, "tempo", tempo);
        put(m, "acousticness", acousticness);
        put(m, "instrumentalness", instrumentalness);
        put(m, "speechiness", speechiness);
        put(m, "liveness", liveness);
        put(m, "loudness", loudness);
        return m;
    }

    private static void put(Map<String, Double> m, String name, Double value) {
        if (value != null) {
            m.put(name, value);
        }
    }

    /**
     * All nine features in a fixed order (danceability, energy, valence, tempo, acousticness,
     * instrumentalness, speechiness, liveness, loudness), or null unless every one is known: a distance over
     * partly known vectors would mix "unknown" with real values.
     */
    public double[] toVector() {
        Double[] all = {danceability, energy, valence, tempo, acousticness, instrumentalness, speechiness, liveness,
            loudness};
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null) {
                return null;
            }
            out[i] = all[i];
        }
        return out;
    }

    /** True when not a single feature is known. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
