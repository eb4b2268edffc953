package dev.earshot.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.earshot.eval.RecommendReport;
import java.time.Instant;
import java.util.List;

/**
 * The recommenders' ranking quality on held-out simulated listening, as GET /v1/models shows it: each
 * model's P@10, R@10 and NDCG@10 and its NDCG over popularity's, and which model is being served.
 */
public record RecommendationFigures(Instant evaluatedAt, String dataset, String served, List<Model> models) {

    /** Names spelt out for JSON: snake_case would not split the digits ({@code precision_at10}). */
    public record Model(String name, @JsonProperty("precision_at_10") double precisionAt10,
                        @JsonProperty("recall_at_10") double recallAt10, @JsonProperty("ndcg_at_10") double ndcgAt10,
                        double ratioToPopularity, int usersEvaluated) {
    }

    public static RecommendationFigures of(RecommendReport report, String served) {
        String dataset = String.format("simulated %s, %d listeners, %d days, seed %d", report.scenario(),
                report.users(), report.days(), report.seed());
        List<Model> models = report.models().stream().map(m -> new Model(m.name(), m.precisionAt10(),
                m.recallAt10(), m.ndcgAt10(), report.ratioToPopularity(m), m.usersEvaluated())).toList();
        return new RecommendationFigures(report.evaluatedAt(), dataset, served, models);
    }
}
