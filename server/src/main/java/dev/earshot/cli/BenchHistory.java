package dev.earshot.cli;

import dev.earshot.bench.AnalyticsBenchmark;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/**
 * The simulated history the read benchmarks (analytics, users, rules) share: how many events, the file it is
 * loaded into once and reused from, and DuckDB's memory limit.
 */
public final class BenchHistory {
    @Option(names = "--events", defaultValue = "10000000", description = "About this many simulated events.")
    long events;

    @Option(names = "--db", defaultValue = "target/bench-analytics.duckdb",
            description = "The DuckDB file, shared by bench analytics, users and rules; loaded when empty, reused as it"
                    + " is otherwise (delete it to reload).")
    Path db;

    @Option(names = "--memory-limit", description = "DuckDB memory limit, e.g. 4GB (default: DuckDB's).")
    String memoryLimit;

    World world() {
        return AnalyticsBenchmark.world(events);
    }

    DuckDbWarehouse open() {
        return DuckDbWarehouse.open(db, memoryLimit, Clock.systemUTC());
    }

    Path db() {
        return db;
    }
}
