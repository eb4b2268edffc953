package dev.earshot.simulate;

import dev.earshot.vocab.Genre;
import java.util.SplittableRandom;

/**
 * A simulated genre's share of listeners and the centre of its audio features. Values are rough averages of
 * public Spotify audio-feature data per genre; what matters is that genres differ.
 */
record GenreProfile(double share, AudioProfile centre, double seconds) {
    private static final GenreProfile[] BY_GENRE = profiles();

    public static GenreProfile of(Genre genre) {
        return BY_GENRE[genre.ordinal()];
    }

    private static GenreProfile[] profiles() {
        GenreProfile[] out = new GenreProfile[Genre.count()];
        for (Genre g : Genre.values()) {
            out[g.ordinal()] = switch (g) {
                //                  share  dance energy valence tempo acoustic instr speech loud  seconds
                case POP -> profile(0.17, 0.68, 0.66, 0.56, 118, 0.20, 0.02, 0.07, -6.0, 205);
                case ROCK -> profile(0.10, 0.50, 0.76, 0.50, 126, 0.12, 0.06, 0.05, -6.5, 235);
                case HIP_HOP -> profile(0.14, 0.75, 0.64, 0.48, 110, 0.16, 0.01, 0.24, -6.5, 200);
                case ELECTRONIC -> profile(0.09, 0.68, 0.80, 0.42, 126, 0.06, 0.45, 0.07, -6.0, 250);
                case R_AND_B -> profile(0.07, 0.66, 0.54, 0.50, 104, 0.28, 0.02, 0.10, -7.0, 215);
                case INDIE -> profile(0.07, 0.55, 0.58, 0.44, 120, 0.30, 0.10, 0.05, -8.0, 225);
                case JAZZ -> profile(0.04, 0.56, 0.36, 0.52, 112, 0.62, 0.40, 0.06, -11.0, 290);
                case CLASSICAL -> profile(0.04, 0.30, 0.18, 0.24, 100, 0.92, 0.86, 0.04, -20.0, 380);
                case COUNTRY -> profile(0.05, 0.60, 0.64, 0.60, 120, 0.30, 0.01, 0.04, -6.5, 205);
                case LATIN -> profile(0.07, 0.76, 0.72, 0.68, 112, 0.22, 0.01, 0.09, -5.5, 210);
                case METAL -> profile(0.04, 0.38, 0.92, 0.28, 132, 0.02, 0.12, 0.08, -4.5, 270);
                case K_POP -> profile(0.05, 0.70, 0.78, 0.62, 122, 0.12, 0.01, 0.08, -4.5, 205);
                case AMBIENT -> profile(0.03, 0.28, 0.20, 0.22, 92, 0.80, 0.88, 0.04, -18.0, 330);
                case FOLK -> profile(0.04, 0.52, 0.36, 0.48, 112, 0.72, 0.04, 0.04, -10.0, 230);
            };
        }
        return out;
    }

    private static GenreProfile profile(double share, double dance, double energy, double valence, double tempo,
                                        double acoustic, double instr, double speech, double loud, double seconds) {
        return new GenreProfile(share, new AudioProfile(dance, energy, valence, tempo, acoustic, instr, speech, loud),
                seconds);
    }

    /** One track's features drawn around this genre's centre, clamped to the validator's scales. */
    AudioProfile drawFeatures(SplittableRandom r) {
        AudioProfile c = centre;
        return new AudioProfile(
                Draw.round3(Draw.normal(r, c.danceability(), 0.12, 0, 1)),
                Draw.round3(Draw.normal(r, c.energy(), 0.16, 0, 1)),
                Draw.round3(Draw.normal(r, c.valence(), 0.20, 0, 1)),
                Draw.round3(Draw.normal(r, c.tempo(), 18, 40, 220)),
                Draw.round3(Draw.normal(r, c.acousticness(), 0.12, 0, 1)),
                Draw.round3(Draw.normal(r, c.instrumentalness(), 0.12, 0, 1)),
                Draw.round3(Draw.normal(r, c.speechiness(), 0.05, 0, 1)),
                Draw.round3(Draw.normal(r, c.loudness(), 2.5, -60, 0)));
    }

    long drawDurationMs(SplittableRandom r) {
        return Math.round(Draw.normal(r, seconds, seconds * 0.2, 60, 900) * 1000);
    }
}
