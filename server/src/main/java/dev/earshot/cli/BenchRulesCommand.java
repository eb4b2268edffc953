package dev.earshot.cli;

import dev.earshot.bench.RulesBenchmark;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench rules}: how long saving cleanup rules takes at N events, and what they cost each question. */
@Command(name = "rules", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Time to apply cleanup rules to all history, and analytics latency with and without them.")
public final class BenchRulesCommand implements Callable<Integer> {
    @Mixin
    BenchHistory history;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per question.")
    int runs;

    @Override
    public Integer call() {
        World world = history.world();
        try (DuckDbWarehouse warehouse = history.open()) {
            RulesBenchmark.Result r = new RulesBenchmark(runs, java.time.Clock.systemUTC()).run(warehouse, world);
            System.out.printf("Earshot rules benchmark: %,d events in %s, %d cores, %d runs per question%n", r.events(), history.db(),
                    Runtime.getRuntime().availableProcessors(), runs);
            System.out.printf("rules: %d artists, %d genres, %d listeners, podcasts and audiobooks left out; %d merges%n",
                    r.rules().exclude().artists().size(), r.rules().exclude().genres().size(),
                    r.rules().exclude().listeners().size(), r.rules().merges().size());
            System.out.printf("apply to all history: %.2f s (%,d listens left out); clear: %.2f s%n", r.applySeconds(),
                    r.excludedListens(), r.clearSeconds());
            System.out.printf("%-24s %22s   %22s%n", "p50 ms", "raw: none / with rules", "rollups: none / with");
            for (RulesBenchmark.Timing t : r.timings()) {
                System.out.printf("%-24s %10.1f / %9.1f   %22s%n", t.question(), t.rawBefore(), t.rawWith(),
                        t.rolledBefore() == null ? "-" : String.format("%10.1f / %9.1f", t.rolledBefore(), t.rolledWith()));
            }
        }
        return 0;
    }
}
