package dev.earshot.cli;

import dev.earshot.recommend.RecommendEvaluation;
import dev.earshot.recommend.RecommendReport;
import dev.earshot.recommend.Recommenders;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot eval recommend}: precision, recall and NDCG at 10 of each recommender against the held-out
 * future of a seeded simulated world, each beside popularity.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Ranking quality of the recommenders against the simulator's held-out future listens.")
public final class EvalRecommendCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "spotify", description = "spotify, apple_music or youtube_music")
    String scenario;

    @Option(names = "--users", defaultValue = "1000", description = "Simulated listeners.")
    int users;

    @Option(names = "--days", defaultValue = "28", description = "Simulated days; the last seventh is held out.")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the world.")
    long seed;

    @Option(names = "--end", defaultValue = "2025-03-10",
            description = "End of the simulated period; fixed by default so that the figures repeat exactly.")
    LocalDate end;

    @Override
    public Integer call() {
        SimulationConfig config = SimulationConfig.of(Scenario.named(scenario), users, days, seed, end);
        System.out.printf("%s, %,d users, %d days (last %d held out), seed %d%n%n", scenario, users, days,
                config.holdoutDays(), seed);
        RecommendReport report = RecommendEvaluation.run(config, Recommenders.candidates(), Clock.systemUTC());
        System.out.print(report.format());
        System.out.printf("%nbest: %s%n", report.best().name());
        return 0;
    }
}
