package dev.earshot.stream.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the whole scale-out path on this machine, checked against the single-machine path. */
@Command(name = "demo", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "In-process Kafka broker + Flink MiniCluster over simulated events; exits 1 when the stream"
                + " path's rows or per-track counts differ from the single-machine path's.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "5000", description = "Live events to simulate (before duplicates).")
    int events;

    @Option(names = "--seed", defaultValue = "42", description = "Simulation seed: the same seed, the same input.")
    long seed;

    @Option(names = "--parallelism", defaultValue = "2", description = "Parallelism of the job.")
    int parallelism;

    @Option(names = "--dir", description = "Where to write the lake and the DuckDB files; a temp folder if unset.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("earshot-demo-");
        System.out.println("earshot-stream demo: " + events + " events, seed " + seed + ", parallelism " + parallelism
                + ", lake in " + work.resolve("lake"));
        DemoReport report = Demo.run(events, seed, parallelism, work);
        System.out.println(report);
        return report.equal() ? 0 : 1;
    }
}
