package dev.earshot.cli;

import dev.earshot.eval.RecommendEvaluation;
import dev.earshot.eval.RecommendReport;
import dev.earshot.recommend.Recommenders;
import dev.earshot.simulate.SimulationConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code earshot eval recommend}: precision, recall and NDCG at 10 of each recommender against the held-out
 * future of a seeded simulated world, each beside popularity.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Ranking quality of the recommenders against the simulator's held-out future listens.")
public final class EvalRecommendCommand implements Callable<Integer> {
    @Mixin
    EvalWorld world;

    @Option(names = "--days", defaultValue = "28", description = "Simulated days; the last seventh is held out.")
    int days;

    @Override
    public Integer call() {
        SimulationConfig config = world.config(days);
        System.out.printf("%s, %,d users, %d days (last %d held out), seed %d%n%n", world.scenario, world.users, days,
                config.holdoutDays(), world.seed);
        RecommendReport report = RecommendEvaluation.run(config, Recommenders.candidates(), Clock.systemUTC());
        System.out.print(report.format());
        System.out.printf("%nbest: %s%n", report.best().name());
        return 0;
    }
}
