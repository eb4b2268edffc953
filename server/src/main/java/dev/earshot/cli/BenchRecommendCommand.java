package dev.earshot.cli;

import dev.earshot.bench.AnalyticsBenchmark;
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

    @Option(names = "--events", defaultValue = "0",
            description = "When set, the analytics benchmark's world of about this many events instead of --users/--days.")
    long events;

    @Option(names = "--heavy-listener-tracks", defaultValue = "0",
            description = "Adds one listener this many distinct tracks wide (an imported long history).")
    int heavyTracks;

    @Option(names = "--models", split = ",", description = "Only these models (e.g. item-knn), default all: "
            + "popularity, item-knn, als, item-knn no cap.")
    java.util.Set<String> only;

    @Override
    public Integer call() throws IOException {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), users, days, seed, LocalDate.of(2025, 3, 10))
                .withHoldoutDays(0);
        Interactions data = RecommendBenchmark.interactions(events > 0 ? AnalyticsBenchmark.world(events)
                : dev.earshot.simulate.World.generate(config), heavyTracks);
        int widest = 0;
        for (int u = 0; u < data.users(); u++) {
            widest = Math.max(widest, data.byUser().length(u));
        }
        System.out.printf("spotify, %s: %,d listeners, %,d tracks, %,d (listener, track) pairs, widest listener %,d tracks%n",
                events > 0 ? String.format("about %,d events", events) : String.format("%,d users, %d days", users, days),
                data.users(), data.tracks(), data.byUser().cols().length, widest);
        System.out.printf("%-18s %10s %14s %10s %10s %12s %12s%n", "model", "fit ms", "fit peak MB", "p50 ms", "p99 ms",
                "cpu p50 ms", "cpu p99 ms");
        java.util.Map<String, Recommender> models = new java.util.LinkedHashMap<>();
        Recommenders.candidates().forEach(r -> models.put(r.name(), r));
        models.put("item-knn no cap", Recommenders.itemKnn(Integer.MAX_VALUE));
        if (only != null) {
            models.keySet().retainAll(only);
        }
        for (var m : models.entrySet()) {
            RecommendBenchmark.Result res = RecommendBenchmark.run(m.getValue(), data);
            System.out.printf("%-18s %,10d %,14d %10.3f %10.3f %12.3f %12.3f%n", m.getKey(), res.fitMillis(),
                    res.fitPeakHeapMb(), res.p50Millis(), res.p99Millis(), res.cpuP50Millis(), res.cpuP99Millis());
        }
        return 0;
    }
}
