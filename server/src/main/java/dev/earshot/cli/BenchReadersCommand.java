package dev.earshot.cli;

import dev.earshot.bench.ScrobbleReaderBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code earshot bench readers}: records per second of each scrobble-service export reader, storage left out. */
@Command(name = "readers", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Speed of the ListenBrainz, Last.fm, Libre.fm, Maloja, .scrobbler.log and catalog readers on generated files.")
public final class BenchReadersCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "500000", description = "Records in each generated file.")
    int records;

    @Option(names = "--runs", defaultValue = "3", description = "Reads of each file; the best is printed.")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("earshot-bench-readers");
        try {
            for (ScrobbleReaderBenchmark.Figure f : ScrobbleReaderBenchmark.measure(records, runs, dir)) {
                System.out.printf("%-14s %,10d records %8.1f MB  %,10.0f records/s  %6.1f MB/s  %,10.0f records/CPU-s%n",
                        f.format(), f.records(), f.bytes() / 1e6, f.recordsPerSecond(), f.megabytesPerSecond(),
                        f.recordsPerCpuSecond());
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
