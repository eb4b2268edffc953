package dev.earshot.cli;

import dev.earshot.bench.AnalyticsBenchmark;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench analytics}: p50/p95 of every analytics question on a simulated history of N events. */
@Command(name = "analytics", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Latency of every analytics question (warm) on a simulated history loaded into DuckDB.")
public final class BenchAnalyticsCommand implements Callable<Integer> {
    @Mixin
    BenchHistory history;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per question, after warm-up.")
    int runs;

    @Override
    public Integer call() {
        World world = history.world();
        try (DuckDbWarehouse warehouse = history.open()) {
            var result = new AnalyticsBenchmark(runs, java.time.Clock.systemUTC()).run(warehouse, world);
            System.out.printf("load average now: %s%n", loadAverage());
            System.out.printf("Earshot analytics benchmark: %,d events in %s (%d users, %d days; load %.0f s, first rollup"
                    + " refresh %.1f s), %d cores, %d runs per question%n", result.events(), history.db(), world.users().size(),
                    world.config().days(), result.loadSeconds(), result.refreshSeconds(),
                    Runtime.getRuntime().availableProcessors(), runs);
            System.out.printf("%-24s %28s   %28s%n", "", "raw events: min / p50 / p95 ms", "rollups: min / p50 / p95 ms");
            result.timings().forEach(BenchAnalyticsCommand::print);
            System.out.printf("emerging artists precision@10 against the simulator's truth: %.2f%n",
                    result.emergingPrecisionAt10());
        }
        return 0;
    }

    /** The machine's load, since latency on a shared machine says as much about the neighbours as about us. */
    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void print(AnalyticsBenchmark.Timing t) {
        System.out.printf("%-24s %28s   %28s%n", t.question(), figures(t.raw()), t.rollup() == null ? "-" : figures(t.rollup()));
    }

    private static String figures(AnalyticsBenchmark.Figures f) {
        return String.format("%8.1f %8.1f %8.1f", f.min(), f.p50(), f.p95());
    }
}
