package dev.earshot.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.Enricher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ModelEvaluationsTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void measuresEachModelBesideItsBaselineOnASeededWorld() {
        ModelEvaluations evaluations = new ModelEvaluations(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(evaluations.enrichment()).isNull();

        EnrichmentFigures f = evaluations.evaluate();

        assertThat(evaluations.enrichment()).isSameAs(f);
        assertThat(f.evaluatedAt()).isEqualTo(NOW);
        assertThat(f.modelVersion()).isEqualTo(Enricher.MODEL_VERSION);
        assertThat(f.dataset()).contains("seed 42");
        assertThat(f.genreAccuracy()).isGreaterThan(f.genreBaseline() + 0.3);
        assertThat(f.contextAccuracy()).isGreaterThan(f.contextBaseline() + 0.15);
        assertThat(f.moodAccuracy()).isGreaterThan(f.moodBaseline() + 0.3);
        assertThat(f.genreByListeners()).extracting(EnrichmentFigures.GenreBucket::listeners)
                .containsExactly("1-4", "5-19", ">=20");
    }
}
