package dev.earshot.cli;

import dev.earshot.bench.ImportBenchmark;
import dev.earshot.bench.ListeningHistoryFiles;
import dev.earshot.bench.ReaderBenchmark;
import dev.earshot.imports.LastfmCsvReader;
import dev.earshot.imports.SpotifyExtendedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot bench import}: one listener's Spotify Extended Streaming History of N records and the Last.fm
 * CSV of the same plays, generated from a seed, read alone (each reader's ceiling) and then imported into a
 * running server over {@code POST /v1/imports} (reader, track identity, cross-source merge, events, dedupe,
 * enrichment, the one writer's bulk commits), in records per second, with the CPU by thread.
 */
@Command(name = "import", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Speed of importing a Spotify export of N records and the Last.fm CSV of the same plays into a running server.")
public final class BenchImportCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "200000", description = "Records in the Spotify export.")
    int records;

    @Option(names = "--tracks", defaultValue = "20000", description = "Distinct songs.")
    int tracks;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the listening history.")
    long seed;

    @Option(names = "--dir", description = "Where to write the exports and the database (default: a new temp folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("earshot-bench-import-");
        System.out.printf("Earshot import benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        ListeningHistoryFiles.Written files = new ListeningHistoryFiles(records, tracks, seed).write(work);
        System.out.printf("exports: Spotify %,d records (%,.1f MB), Last.fm CSV %,d scrobbles (%,.1f MB)%n",
                files.spotifyRecords(), Files.size(files.spotify()) / 1e6, files.lastfmRecords(),
                Files.size(files.lastfm()) / 1e6);
        for (ReaderBenchmark.Result r : new ReaderBenchmark.Result[]{
                ReaderBenchmark.measure(new SpotifyExtendedReader(), files.spotify(), 2),
                ReaderBenchmark.measure(new LastfmCsvReader(), files.lastfm(), 2)}) {
            System.out.printf("read only, %s: %,.0f records/s (%,.0f per CPU-second of the reading thread)%n",
                    r.format(), r.perSecond(), r.perCpuSecond());
        }
        boolean failed = false;
        for (ImportBenchmark.Run run : new ImportBenchmark(work).run(files)) {
            System.out.printf("import %-20s %,9d records in %6.2f s = %,9.0f records/s (%,.0f per CPU-second of the"
                            + " process); imported %,d, duplicates %,d, merged %,d, left out %,d, rejected %,d%s%n",
                    run.name(), run.read(), run.seconds(), run.perSecond(), run.perCpuSecond(), run.imported(),
                    run.duplicates(), run.merged(), run.leftOut(), run.rejected(),
                    run.error() == null ? "" : " FAILED: " + run.error());
            System.out.printf("    CPU: %.2f cores for the process; by thread:", run.cpu().processCores());
            double javaThreads = 0;
            for (Map.Entry<String, Double> e : run.cpu().coresByThreadGroup().entrySet()) {
                javaThreads += e.getValue();
                if (e.getValue() >= 0.01) {
                    System.out.printf(" %s %.2f;", e.getKey(), e.getValue());
                }
            }
            // What no Java thread accounts for: DuckDB's own threads, GC and JIT; where to profile next when large.
            System.out.printf(" outside Java threads (DuckDB's own threads, GC, JIT) %.2f%n",
                    Math.max(0, run.cpu().processCores() - javaThreads));
            failed |= run.error() != null;
        }
        return failed ? 1 : 0;
    }
}
