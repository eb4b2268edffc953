package dev.earshot.cli;

import dev.earshot.bench.RecommendBenchmark;
import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.Recommender;
import dev.earshot.recommend.Recommenders;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code earshot bench recommend}: each recommender's fit time and per-listener serving latency, p50 and p99. */
@Command(name = "recommend", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Fit time and serving latency of the recommenders on a simulated world.")
public final class BenchRecommendCommand implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "3000", description = "Simulated listeners.")
    int users;

    @Option(names = "--days", defaultValue = "28", description = "Simulated days.")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Override
    public Integer call() throws IOException {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), users, days, seed, LocalDate.of(2025, 3, 10))
                .withHoldoutDays(0);
        Interactions data = RecommendBenchmark.interactions(config);
        System.out.printf("spotify, %,d users, %d days: %,d listeners, %,d tracks, %,d (listener, track) pairs%n",
                users, days, data.users(), data.tracks(), data.byUser().cols().length);
        System.out.printf("%-12s %10s %10s %10s %12s %12s%n", "model", "fit ms", "p50 ms", "p99 ms", "cpu p50 ms",
                "cpu p99 ms");
        for (Recommender r : Recommenders.candidates()) {
            RecommendBenchmark.Result res = RecommendBenchmark.run(r, data);
            System.out.printf("%-12s %,10d %10.3f %10.3f %12.3f %12.3f%n", res.model(), res.fitMillis(),
                    res.p50Millis(), res.p99Millis(), res.cpuP50Millis(), res.cpuP99Millis());
        }
        return 0;
    }
}
