package dev.earshot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.recommend.ItemKnnRecommender;
import dev.earshot.recommend.PopularityRecommender;
import dev.earshot.recommend.Recommenders;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendEvaluationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void itemKnnBeatsPopularityClearlyOnASmallSeededWorld() {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), 200, 21, 42, LocalDate.of(2025, 3, 10));
        RecommendReport report = RecommendEvaluation.run(config,
                List.of(new PopularityRecommender(), Recommenders.itemKnn()), CLOCK);
        RecommendReport.ModelFigures popularity = report.figures(PopularityRecommender.NAME).orElseThrow();
        RecommendReport.ModelFigures knn = report.figures(ItemKnnRecommender.NAME).orElseThrow();
        assertThat(knn.usersEvaluated()).isEqualTo(popularity.usersEvaluated()).isGreaterThan(150);
        assertThat(popularity.ndcgAt10()).isGreaterThan(0);
        assertThat(report.ratioToPopularity(knn)).isGreaterThan(1.5);
        assertThat(knn.precisionAt10()).isGreaterThan(popularity.precisionAt10());
        assertThat(report.best().name()).isEqualTo(ItemKnnRecommender.NAME);
        assertThat(report.evaluatedAt()).isEqualTo(CLOCK.instant());
    }
}
