package dev.earshot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.eval.EnrichmentEvaluation.Figures;
import dev.earshot.eval.EnrichmentEvaluation.Setup;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrichmentEvaluationTest {
    /** Small enough for a few seconds, large enough for listeners' usual devices and music to settle. */
    private static final SimulationConfig WORLD =
            SimulationConfig.of(Scenario.named("spotify"), 60, 7, 3, LocalDate.of(2025, 3, 10));

    @Test
    void moodFromAudioFeaturesBeatsTheMajorityClassByFarButCannotReadTheLabelsOff() {
        Figures f = EnrichmentEvaluation.evaluate(WORLD, Setup.INLINE_METADATA);
        System.out.println(f);

        assertThat(f.moodCoverage()).isEqualTo(1.0);
        assertThat(f.moodAccuracy()).isGreaterThan(f.moodBaseline() + 0.3);
        // The truth is an annotator's label, noisier than the features: a perfect score would mean the model
        // was reading the label's own recipe.
        assertThat(f.moodAccuracy()).isBetween(0.65, 0.92);
    }

    @Test
    void moodFromGenreAloneStillBeatsTheMajorityClass() {
        Figures f = EnrichmentEvaluation.evaluate(WORLD, Setup.CATALOG_GENRES_ONLY);

        assertThat(f.moodAccuracy()).isGreaterThan(f.moodBaseline() + 0.08);
    }

    @Test
    void contextBeatsTheMajorityClassByFar() {
        Figures f = EnrichmentEvaluation.evaluate(WORLD, Setup.CATALOG_FEATURES);

        assertThat(f.contextAccuracy()).isGreaterThan(f.contextBaseline() + 0.2);
    }

    @Test
    void inlineMetadataAndAPreloadedCatalogGiveTheSameInsight() {
        Figures inline = EnrichmentEvaluation.evaluate(WORLD, Setup.INLINE_METADATA);
        Figures preloaded = EnrichmentEvaluation.evaluate(WORLD, Setup.CATALOG_FEATURES);

        assertThat(inline.moodAccuracy()).isEqualTo(preloaded.moodAccuracy());
        assertThat(inline.contextAccuracy()).isEqualTo(preloaded.contextAccuracy());
    }
}
