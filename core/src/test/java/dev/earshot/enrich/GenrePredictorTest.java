package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.eval.GenreEvaluation;
import dev.earshot.eval.GenreEvaluationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenrePredictorTest {
    /** Catalog genres; "hidden", "lonely" and the "u*" tracks are unknown to it. */
    private static final Map<String, List<String>> CATALOG = Map.of(
            "j1", List.of("jazz"), "j2", List.of("jazz"), "j3", List.of("jazz"), "r1", List.of("rock"),
            "mixed", List.of("rock", "indie"));

    /** Listeners of "hidden" played three jazz tracks and one rock; "lonely" was played only beside unknowns. */
    private static ItemItemSimilarity listening() {
        CoListeningCounts c = new CoListeningCounts();
        for (int u = 0; u < 6; u++) {
            for (String t : List.of("hidden", "j1", "j2", "j3", "mixed")) {
                c.add("u" + u, t, 1);
            }
        }
        c.add("u0", "r1", 1);
        c.add("w", "lonely", 1);
        c.add("w", "u1", 1);
        return c.fit(50);
    }

    private static GenrePredictor predictor() {
        return new GenrePredictor(listening(), id -> CATALOG.getOrDefault(id, List.of()));
    }

    @Test
    void catalogGenresWinWhenKnown() {
        GenrePrediction p = predictor().predict("mixed");
        assertThat(p.source()).isEqualTo(Source.CATALOG);
        assertThat(p.neighbours()).isZero();
        assertThat(p.genres()).extracting(GenreProbability::genre).containsExactly("rock", "indie");
        assertThat(p.genres().get(0).p()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void neighboursVoteWithNormalisedProbabilitiesAndTheirCount() {
        GenrePrediction p = predictor().predict("hidden");
        assertThat(p.source()).isEqualTo(Source.NEIGHBOURS);
        assertThat(p.neighbours()).isEqualTo(5);
        assertThat(p.top().genre()).isEqualTo("jazz");
        assertThat(p.genres()).extracting(GenreProbability::p).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(p.genres().stream().mapToDouble(GenreProbability::p).sum()).isLessThanOrEqualTo(1 + 1e-9);
    }

    @Test
    void fewNeighboursCannotClaimCertainty() {
        GenrePrediction p = predictor().predict("hidden");
        assertThat(p.top().p()).isLessThan(0.9);
    }

    @Test
    void unknownStaysNull() {
        assertThat(predictor().predict("never-heard")).isNull();
        assertThat(predictor().predict("lonely")).isNull();
    }

    @Test
    void beatsTheMajorityBaselineOnASeededWorld() throws Exception {
        GenreEvaluationReport r = GenreEvaluation.run(GenreEvaluation.config(300, 7, 7));
        GenreEvaluationReport.Bucket heard = r.bucket("all >=1");
        assertThat(heard.tracks()).isGreaterThan(300);
        assertThat(heard.accuracy()).isGreaterThan(heard.baselineAccuracy() + 0.5);
        assertThat(r.bucket(">=20").accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.bucket("unheard").predicted()).isZero();
    }
}
