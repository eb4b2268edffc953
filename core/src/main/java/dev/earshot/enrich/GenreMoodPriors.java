package dev.earshot.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The typical valence and arousal (energy) of a genre: rough averages of public Spotify audio-feature data
 * per genre, for tracks whose own features are unknown. Genre names are matched case-insensitively with any
 * run of punctuation or spaces read as one underscore, so "Hip-Hop", "hip hop" and "hip_hop" are the same.
 */
final class GenreMoodPriors {
    /** A genre's centre on the mood plane. */
    record Prior(double valence, double arousal) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, Prior> PRIORS = new HashMap<>();

    static {
        put(0.56, 0.66, "pop", "dance_pop", "synthpop");
        put(0.50, 0.76, "rock", "alternative", "alt_rock");
        put(0.48, 0.64, "hip_hop", "hiphop", "rap", "trap");
        put(0.42, 0.80, "electronic", "edm", "house", "techno", "trance", "drum_and_bass");
        put(0.50, 0.54, "r_and_b", "r_b", "rnb", "soul");
        put(0.44, 0.58, "indie", "indie_pop", "indie_rock");
        put(0.52, 0.36, "jazz", "blues");
        put(0.24, 0.18, "classical", "soundtrack");
        put(0.60, 0.64, "country");
        put(0.68, 0.72, "latin", "reggaeton", "salsa", "reggae");
        put(0.28, 0.92, "metal", "heavy_metal", "hardcore", "punk");
        put(0.62, 0.78, "k_pop", "kpop");
        put(0.22, 0.20, "ambient", "lo_fi", "lofi", "new_age");
        put(0.48, 0.36, "folk", "singer_songwriter", "acoustic");
    }

    private GenreMoodPriors() {
    }

    /** The mean prior of the genres we know among these, or null when we know none of them. */
    static Prior of(List<String> genres) {
        double valence = 0;
        double arousal = 0;
        int known = 0;
        for (String g : genres) {
            Prior p = PRIORS.get(normalise(g));
            if (p != null) {
                valence += p.valence();
                arousal += p.arousal();
                known++;
            }
        }
        return known == 0 ? null : new Prior(valence / known, arousal / known);
    }

    static String normalise(String genre) {
        return SEPARATORS.matcher(genre.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    private static void put(double valence, double arousal, String... names) {
        for (String name : names) {
            PRIORS.put(name, new Prior(valence, arousal));
        }
    }
}
