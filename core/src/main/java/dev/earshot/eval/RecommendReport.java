package dev.earshot.eval;

import dev.earshot.recommend.PopularityRecommender;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one {@link RecommendEvaluation} measured: the world it ran on and each model's figures at 10. */
public record RecommendReport(Instant evaluatedAt, String scenario, int users, int days, long seed,
                              List<ModelFigures> models) {
    public RecommendReport {
        models = List.copyOf(models);
    }

    /** One model's means over the listeners evaluated (those with a relevant held-out track). */
    public record ModelFigures(String name, double precisionAt10, double recallAt10, double ndcgAt10,
                               int usersEvaluated, long fitMillis) {
    }

    public Optional<ModelFigures> figures(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The model with the highest NDCG@10. */
    public ModelFigures best() {
        return models.stream().max(Comparator.comparingDouble(ModelFigures::ndcgAt10))
                .orElseThrow(() -> new IllegalStateException("no model was evaluated"));
    }

    /** A model's NDCG@10 over popularity's, or NaN when popularity was not evaluated or scored zero. */
    public double ratioToPopularity(ModelFigures m) {
        double base = figures(PopularityRecommender.NAME).map(ModelFigures::ndcgAt10).orElse(0.0);
        return base == 0 ? Double.NaN : m.ndcgAt10() / base;
    }

    /** The figures as a table, one line per model. */
    public String format() {
        StringBuilder out = new StringBuilder(String.format("%-12s %8s %8s %8s %10s %8s %9s%n", "model", "P@10",
                "R@10", "NDCG@10", "vs popular", "users", "fit ms"));
        for (ModelFigures m : models) {
            out.append(String.format("%-12s %8.4f %8.4f %8.4f %9.2fx %8d %9d%n", m.name(), m.precisionAt10(),
                    m.recallAt10(), m.ndcgAt10(), ratioToPopularity(m), m.usersEvaluated(), m.fitMillis()));
        }
        return out.toString();
    }
}
