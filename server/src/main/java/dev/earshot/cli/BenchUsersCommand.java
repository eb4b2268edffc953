package dev.earshot.cli;

import dev.earshot.bench.UsersBenchmark;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench users}: p50/p95/p99 of each per-listener page for the median and the heaviest listener. */
@Command(name = "users", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Latency of the per-listener pages (warm) on a simulated history loaded into DuckDB.")
public final class BenchUsersCommand implements Callable<Integer> {
    @Mixin
    BenchHistory history;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs per page, after warm-up.")
    int runs;

    @Override
    public Integer call() {
        World world = history.world();
        try (DuckDbWarehouse warehouse = history.open()) {
            var r = new UsersBenchmark(runs).run(warehouse, world);
            System.out.printf("Earshot users benchmark: %,d events in %s (%d users; load %.0f s, per-user copy catch-up"
                            + " %.1f s, recommender fit %.1f s), %d cores, load average %.1f, %d runs per page%n",
                    r.events(), history.db(), world.users().size(), r.loadSeconds(), r.catchUpSeconds(), r.fitSeconds(),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
            System.out.printf("%-30s %10s %-16s %8s %8s %8s%n", "listener", "events", "page", "p50 ms", "p95 ms", "p99 ms");
            r.timings().forEach(t -> System.out.printf("%-30s %,10d %-16s %8.2f %8.2f %8.2f%n", t.listener(),
                    t.listenerEvents(), t.page(), t.p50(), t.p95(), t.p99()));
        }
        return 0;
    }
}
