package dev.earshot.cli;

import dev.earshot.bench.AnalyticsBenchmark;
import dev.earshot.bench.LakeBenchmark;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench lake}: every analytics question on the embedded file and on the same events as a Parquet lake. */
@Command(name = "lake", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Latency of every analytics question (warm) on the DuckDB file and on the same events as a"
                + " Parquet lake read by serve --lake.")
public final class BenchLakeCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "1000000", description = "About this many simulated events.")
    long events;

    @Option(names = "--runs", defaultValue = "10", description = "Timed runs per question, after warm-up.")
    int runs;

    @Option(names = "--memory-limit", description = "DuckDB memory limit, e.g. 4GB (default: DuckDB's).")
    String memoryLimit;

    @Mixin
    BenchFolder folder;

    @Override
    public Integer call() throws Exception {
        World world = AnalyticsBenchmark.world(events);
        Path dir = folder.path();
        Path db = dir.resolve("bench-lake-" + events + ".duckdb");
        Path lake = dir.resolve("bench-lake-" + events);
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(db, memoryLimit, java.time.Clock.systemUTC())) {
            var result = new LakeBenchmark(runs, java.time.Clock.systemUTC()).run(warehouse, world, lake, memoryLimit);
            System.out.printf("Earshot lake benchmark: %,d events in %s and as %,d Parquet files in %s (export %.1f s),"
                    + " %d cores, %d runs per question, load average %.1f%n", result.events(), db, result.files(), lake,
                    result.exportSeconds(), Runtime.getRuntime().availableProcessors(), runs,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("%-24s %28s   %28s%n", "", "file: min / p50 / p95 ms", "lake: min / p50 / p95 ms");
            for (LakeBenchmark.Timing t : result.timings()) {
                System.out.printf("%-24s %8.1f %8.1f %8.1f   %8.1f %8.1f %8.1f%n", t.question(), t.file().min(),
                        t.file().p50(), t.file().p95(), t.lake().min(), t.lake().p50(), t.lake().p95());
            }
        }
        return 0;
    }
}
