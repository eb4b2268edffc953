package dev.earshot.eval;

import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.InteractionsBuilder;
import dev.earshot.recommend.RankingMetrics;
import dev.earshot.recommend.Recommendation;
import dev.earshot.recommend.Recommender;
import dev.earshot.simulate.GroundTruth;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.World;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures recommenders on a seeded simulation: each is fitted on the simulated history and asked for every
 * listener's top {@value #K}, which is scored against the tracks that listener went on to engage with in the
 * held-out future ({@link HeldOutRelevance}). Ranking metrics only: a recommender is judged by what it puts
 * first, not by how well it predicts a number.
 */
public final class RecommendEvaluation {
    public static final int K = 10;

    private RecommendEvaluation() {
    }

    public static RecommendReport run(SimulationConfig config, List<Recommender> recommenders, Clock clock) {
        World world = World.generate(config);
        GroundTruth truth = new GroundTruth(world);
        Interactions train = new InteractionsBuilder().addAll(Simulation.events(world, truth)).build();
        Map<String, Set<String>> relevant = HeldOutRelevance.of(world, truth, train);
        List<RecommendReport.ModelFigures> figures = new ArrayList<>();
        for (Recommender r : recommenders) {
            figures.add(score(r, train, relevant));
        }
        return new RecommendReport(clock.instant(), config.scenario().name(), config.users(), config.days(),
                config.seed(), figures);
    }

    private static RecommendReport.ModelFigures score(Recommender recommender, Interactions train,
                                                      Map<String, Set<String>> relevant) {
        long start = System.nanoTime();
        Recommender.Model model = recommender.fit(train);
        long fitMillis = (System.nanoTime() - start) / 1_000_000;
        double precision = 0;
        double recall = 0;
        double ndcg = 0;
        for (Map.Entry<String, Set<String>> e : relevant.entrySet()) {
            List<String> ranked = model.recommend(e.getKey(), K).stream().map(Recommendation::trackId).toList();
            precision += RankingMetrics.precision(ranked, e.getValue(), K);
            recall += RankingMetrics.recall(ranked, e.getValue(), K);
            ndcg += RankingMetrics.ndcg(ranked, e.getValue(), K);
        }
        int n = Math.max(1, relevant.size());
        return new RecommendReport.ModelFigures(recommender.name(), precision / n, recall / n, ndcg / n,
                relevant.size(), fitMillis);
    }
}
