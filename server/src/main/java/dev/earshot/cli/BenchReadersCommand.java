package dev.earshot.cli;

import dev.earshot.bench.ReaderBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code earshot bench readers}: records per second of each export reader alone, on generated files. */
@Command(name = "readers", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Records per second of every export reader (storage left out), on generated files.")
public final class BenchReadersCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "500000", description = "Records per generated file.")
    int records;

    @Option(names = "--dir", defaultValue = "target/bench-readers", description = "Where the generated files go.")
    Path dir;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "Timed reads of each file after one warm-up; the best is printed.")
    int runs;

    @Override
    public Integer call() throws IOException {
        System.out.printf("Earshot export readers: %,d records per file, %d cores, max heap %d MB%n", records,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-16s %12s %12s %8s %9s %12s %14s%n", "format", "records", "listens", "MB", "seconds",
                "records/s", "records/cpu-s");
        for (ReaderBenchmark.Result r : ReaderBenchmark.run(dir, records, seed, runs)) {
            System.out.printf("%-16s %,12d %,12d %8.1f %9.2f %,12.0f %,14.0f%n", r.format(), r.records(), r.listens(),
                    r.bytes() / 1e6, r.seconds(), r.perSecond(), r.perCpuSecond());
        }
        return 0;
    }
}
