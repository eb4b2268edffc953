package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.catalog.AudioFeatures;
import dev.earshot.catalog.Track;
import dev.earshot.vocab.Mood;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoodModelTest {
    private final MoodModel model = new MoodModel();

    @ParameterizedTest(name = "valence {0}, energy {1} -> {2}")
    @CsvSource({
        "0.8, 0.9, ENERGETIC, 0.9929",   // Φ(3) * Φ(4), Φ in logistic form: 0.99398 * 0.99890
        "0.2, 0.7, TENSE,     0.9620",   // Φ(3) * Φ(2) = 0.99398 * 0.96783
        "0.1, 0.3, SAD,       0.9668",   // Φ(4) * Φ(2) = 0.99890 * 0.96783
        "0.6, 0.0, CALM,      0.8456",   // Φ(1) * Φ(5) = 0.84580 * 0.99980
        "0.5, 0.5, ENERGETIC, 0.2500",   // on both borders: any quadrant is as likely
    })
    void placesFeaturesInTheirQuadrantWithConfidenceFromTheBorders(double valence, double energy, Mood mood,
                                                                   double confidence) {
        MoodAnalysis m = model.analyse(Tracks.withMood(valence, energy));

        assertThat(m.mood()).isEqualTo(mood);
        assertThat(m.valence()).isEqualTo(valence);
        assertThat(m.arousal()).isEqualTo(energy);
        assertThat(m.confidence()).isCloseTo(confidence, within(1e-4));
        assertThat(m.source()).isEqualTo(Source.FEATURES);
    }

    @Test
    void confidenceGrowsWithDistanceFromTheBorders() {
        double near = model.analyse(Tracks.withMood(0.55, 0.55)).confidence();
        double far = model.analyse(Tracks.withMood(0.95, 0.95)).confidence();

        assertThat(far).isGreaterThan(near);
    }

    @Test
    void fallsBackToGenrePriorsWithSourceRules() {
        MoodAnalysis m = model.analyse(Tracks.withGenres("Metal"));

        assertThat(m.mood()).isEqualTo(Mood.TENSE);
        assertThat(m.valence()).isEqualTo(0.28);
        assertThat(m.arousal()).isEqualTo(0.92);
        // Φ(0.22 / 0.20) * Φ(0.42 / 0.16) = Φ(1.1) * Φ(2.625) ≈ 0.864 * 0.996 (logistic form: 0.867 * 0.989)
        assertThat(m.confidence()).isCloseTo(0.857, within(0.005));
        assertThat(m.source()).isEqualTo(Source.RULES);
    }

    @Test
    void genrePriorsAreLessSureThanFeaturesAtTheSamePoint() {
        MoodAnalysis prior = model.analyse(Tracks.withGenres("pop"));
        MoodAnalysis measured = model.analyse(Tracks.withMood(prior.valence(), prior.arousal()));

        assertThat(prior.mood()).isEqualTo(measured.mood());
        assertThat(prior.confidence()).isLessThan(measured.confidence());
    }

    @Test
    void averagesTheKnownGenresAndIgnoresUnknownOnes() {
        MoodAnalysis m = model.analyse(Tracks.withGenres("Hip-Hop", "vaporwave-xyz", "classical"));

        assertThat(m.valence()).isCloseTo((0.48 + 0.24) / 2, within(1e-9));
        assertThat(m.arousal()).isCloseTo((0.64 + 0.18) / 2, within(1e-9));
        assertThat(m.mood()).isEqualTo(Mood.SAD);
    }

    @Test
    void fillsOnlyTheMissingAxisFromTheGenre() {
        Track t = new Track("t1", null, null, null, null, List.of("ambient"),
                new AudioFeatures(null, 0.9, null, null, null, null, null, null, null));

        MoodAnalysis m = model.analyse(t);

        assertThat(m.arousal()).isEqualTo(0.9);
        assertThat(m.valence()).isEqualTo(0.22);
        assertThat(m.mood()).isEqualTo(Mood.TENSE);
        assertThat(m.source()).isEqualTo(Source.RULES);
    }

    @Test
    void unknownTrackHasNoMood() {
        assertThat(model.analyse(null)).isNull();
    }

    @Test
    void trackWithNeitherFeaturesNorKnownGenreHasNoMood() {
        assertThat(model.analyse(Tracks.withGenres("vaporwave-xyz"))).isNull();
        assertThat(model.analyse(Tracks.withEnergy(0.7))).isNull();
    }

    @Test
    void aTrackKnownOnlyByItsNeighboursGenresTakesTheirPriorLessSure() {
        MoodAnalysis own = model.analyse(Tracks.withGenres("Metal"));
        MoodAnalysis voted = model.fromPredictedGenres(new GenrePrediction(List.of(new GenreProbability("metal", 0.6),
                new GenreProbability("vaporwave-xyz", 0.4)), Source.NEIGHBOURS, 12));

        assertThat(voted.mood()).isEqualTo(Mood.TENSE);
        assertThat(voted.valence()).isCloseTo(0.28, within(1e-9));
        assertThat(voted.confidence()).isCloseTo(own.confidence() * 0.6, within(1e-9));
        assertThat(voted.source()).isEqualTo(Source.RULES);
    }

    @Test
    void noPredictionOrNoGenreWithAPriorGivesNoMood() {
        assertThat(model.fromPredictedGenres(null)).isNull();
        assertThat(model.fromPredictedGenres(new GenrePrediction(List.of(new GenreProbability("vaporwave-xyz", 1.0)),
                Source.NEIGHBOURS, 3))).isNull();
    }
}
