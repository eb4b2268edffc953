package dev.earshot.enrich.llm;

import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.MoodModel;
import dev.earshot.enrich.Source;
import dev.earshot.vocab.Mood;
import java.util.ArrayList;
import java.util.List;

/**
 * What Claude said about one track, already checked against our vocabularies ({@link InsightParser}): its
 * genres with probabilities (most likely first), its mood quadrant and point on the valence × arousal plane,
 * and the model that said it.
 *
 * <p>Read as less sure than the catalog: each genre probability is scaled by {@link #GENRE_TRUST}, so a genre
 * Claude calls certain reads as 0.8 where a catalog genre reads as 1; the mood's confidence is computed as
 * {@link MoodModel} does for a point known to within {@link #MOOD_ERROR}, wider than a measured feature's.
 * Both are our guesses at how often a language model misnames a track it says it knows.
 */
public record TrackInsight(String trackId, List<GenreProbability> genres, Mood mood, double valence, double arousal,
                           String model) {
    static final double GENRE_TRUST = 0.8;
    static final double MOOD_ERROR = 0.15;

    public TrackInsight {
        genres = List.copyOf(genres);
        if (genres.isEmpty()) {
            throw new IllegalArgumentException("an insight names at least one genre");
        }
    }

    public GenrePrediction genrePrediction() {
        List<GenreProbability> scaled = new ArrayList<>(genres.size());
        for (GenreProbability g : genres) {
            scaled.add(new GenreProbability(g.genre(), g.p() * GENRE_TRUST));
        }
        return new GenrePrediction(scaled, Source.LLM, 0);
    }

    public MoodAnalysis moodAnalysis() {
        double confidence = MoodModel.sureSide(valence, MOOD_ERROR) * MoodModel.sureSide(arousal, MOOD_ERROR);
        return new MoodAnalysis(mood, valence, arousal, confidence, Source.LLM);
    }
}
