package dev.earshot.enrich;

import dev.earshot.catalog.AudioFeatures;
import dev.earshot.catalog.Track;
import dev.earshot.vocab.Mood;

/**
 * A track's mood on Russell's circumplex: valence (x) against arousal (y), both 0..1, cut at 0.5 into
 * energetic (+,+), tense (−,+), sad (−,−) and calm (+,−). Arousal is the track's energy: on Spotify's
 * scales energy already folds in loudness and tempo, so adding them again would count them twice.
 *
 * <p>Confidence is the chance that both axes fall on the side we say, taken as independent: for an axis
 * at x with error σ it is Φ(|x − 0.5| / σ), 0.5 on the border and near 1 far from it, so a point on both
 * borders gets 0.25 (any quadrant). A measured feature is trusted to σ = 0.10 (our guess at how far two
 * feature extractors or listeners disagree). An axis whose feature is missing takes the genre prior, with
 * σ the spread of tracks around their genre's centre (0.20 for valence, 0.16 for energy), and the source
 * becomes {@code rules}. Nothing known on an axis means no mood at all.
 */
public final class MoodModel {
    static final double FEATURE_ERROR = 0.10;
    static final double VALENCE_SPREAD = 0.20;
    static final double AROUSAL_SPREAD = 0.16;

    /** The track's mood, or null when the track or either axis is unknown. */
    public MoodAnalysis analyse(Track track) {
        if (track == null) {
            return null;
        }
        AudioFeatures f = track.features();
        GenreMoodPriors.Prior prior = f.valence() == null || f.energy() == null ? GenreMoodPriors.of(track.genres()) : null;
        Axis valence = axis(f.valence(), prior == null ? null : prior.valence(), VALENCE_SPREAD);
        Axis arousal = axis(f.energy(), prior == null ? null : prior.arousal(), AROUSAL_SPREAD);
        if (valence == null || arousal == null) {
            return null;
        }
        Source source = valence.measured && arousal.measured ? Source.FEATURES : Source.RULES;
        return new MoodAnalysis(Mood.of(valence.value, arousal.value), valence.value, arousal.value,
                valence.sureSide * arousal.sureSide, source);
    }

    /**
     * A mood for a track known by neither features nor catalog genres, from the genres its neighbours voted
     * for (or Claude named): the prior of each predicted genre weighted by its probability, its confidence
     * scaled down by how much of the prediction falls on genres with a prior. Source {@code rules}; null when
     * no predicted genre has a prior.
     */
    public MoodAnalysis fromPredictedGenres(GenrePrediction prediction) {
        if (prediction == null) {
            return null;
        }
        double valence = 0;
        double arousal = 0;
        double weight = 0;
        for (GenreProbability g : prediction.genres()) {
            GenreMoodPriors.Prior p = GenreMoodPriors.of(java.util.List.of(g.genre()));
            if (p != null) {
                valence += g.p() * p.valence();
                arousal += g.p() * p.arousal();
                weight += g.p();
            }
        }
        if (weight <= 0) {
            return null;
        }
        valence /= weight;
        arousal /= weight;
        double sure = sureSide(valence, VALENCE_SPREAD) * sureSide(arousal, AROUSAL_SPREAD) * Math.min(1, weight);
        return new MoodAnalysis(Mood.of(valence, arousal), valence, arousal, sure, Source.RULES);
    }

    private static Axis axis(Double measured, Double prior, double spread) {
        if (measured != null) {
            return new Axis(measured, sureSide(measured, FEATURE_ERROR), true);
        }
        if (prior != null) {
            return new Axis(prior, sureSide(prior, spread), false);
        }
        return null;
    }

    /** Φ(|x − 0.5| / σ) in the logistic form 1 / (1 + e^(−1.702 z)): within 0.01 of Φ, cheap and monotone. */
    public static double sureSide(double x, double sigma) {
        return 1 / (1 + Math.exp(-1.702 * Math.abs(x - 0.5) / sigma));
    }

    /** One axis of the plane: where the track sits, how sure we are of its side of 0.5, and whether measured. */
    private record Axis(double value, double sureSide, boolean measured) {
    }
}
