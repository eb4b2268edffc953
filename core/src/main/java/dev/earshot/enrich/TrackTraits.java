package dev.earshot.enrich;

import dev.earshot.catalog.AudioFeatures;

/**
 * The few traits of a track that tell listening contexts apart, each on a 0..1 scale and NaN when unknown:
 * energy (or the mood's arousal when only the genre is known), danceability, instrumentalness,
 * acousticness, valence and tempo (BPM / 200).
 */
final class TrackTraits {
    static final int ENERGY = 0;
    static final int DANCE = 1;
    static final int INSTRUMENTAL = 2;
    static final int ACOUSTIC = 3;
    static final int VALENCE = 4;
    static final int TEMPO = 5;
    static final int COUNT = 6;
    static final double[] UNKNOWN = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};

    private TrackTraits() {
    }

    static double[] of(AudioFeatures f, MoodAnalysis mood) {
        double[] t = new double[COUNT];
        t[ENERGY] = mood == null ? Double.NaN : mood.arousal();
        t[DANCE] = value(f.danceability());
        t[INSTRUMENTAL] = value(f.instrumentalness());
        t[ACOUSTIC] = value(f.acousticness());
        t[VALENCE] = mood == null ? Double.NaN : mood.valence();
        t[TEMPO] = f.tempo() == null ? Double.NaN : f.tempo() / 200;
        return t;
    }

    private static double value(Double d) {
        return d == null ? Double.NaN : d;
    }
}
