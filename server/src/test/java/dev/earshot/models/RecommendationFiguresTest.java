package dev.earshot.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.eval.RecommendReport;
import dev.earshot.web.ApiJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationFiguresTest {
    @Test
    void rendersEachModelBesidePopularityUnderTheNamesTheDashboardReads() throws Exception {
        RecommendReport report = new RecommendReport(Instant.parse("2026-01-01T00:00:00Z"), "spotify", 300, 28, 42,
                List.of(new RecommendReport.ModelFigures("popularity", 0.1, 0.05, 0.08, 290, 5),
                        new RecommendReport.ModelFigures("item-knn", 0.2, 0.1, 0.2, 290, 900)));

        String json = ApiJson.mapper().writeValueAsString(RecommendationFigures.of(report, "item-knn"));

        assertThat(json).contains("\"served\":\"item-knn\"", "\"precision_at_10\":0.2", "\"recall_at_10\":0.1",
                "\"ndcg_at_10\":0.2", "\"ratio_to_popularity\":2.5", "\"dataset\":\"simulated spotify, 300 listeners, 28 days, seed 42\"");
    }
}
