package dev.earshot.cli;

import dev.earshot.app.OfflineImport;
import dev.earshot.bench.SpotifyHistoryFile;
import dev.earshot.event.TrackMetadata;
import dev.earshot.imports.ExportEntry;
import dev.earshot.importjobs.ImportJob;
import dev.earshot.imports.ImportOptions;
import dev.earshot.importjobs.ImportRequest;
import dev.earshot.imports.ImportSink;
import dev.earshot.imports.ImportSummary;
import dev.earshot.imports.ImportedListen;
import dev.earshot.imports.LeftOut;
import dev.earshot.imports.OpenedExport;
import dev.earshot.imports.SpotifyExtendedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot bench import}: a Spotify Extended Streaming History file of N plays, read alone (the reader's
 * speed) and imported end to end into a new database file (reader, track identity, merge, events, dedupe,
 * enrichment, the one writer's commits), in records per second.
 */
@Command(name = "import", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Speed of reading and of importing a Spotify export of N plays into a new database file.")
public final class BenchImportCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "200000", description = "Plays in the export.")
    int records;

    @Option(names = "--tracks", defaultValue = "20000", description = "Distinct songs.")
    int tracks;

    @Option(names = "--dir", description = "Where to write the export and the database (default: a new temp folder).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("earshot-bench-import-");
        Path file = work.resolve("Streaming_History_Audio_2021-2024_0.json");
        SpotifyHistoryFile.write(file, records, tracks, 42);
        System.out.printf("export: %,d plays, %,.1f MB%n", records, Files.size(file) / 1e6);

        long start = System.nanoTime();
        long cpu = cpuNanos();
        long read = readOnly(file);
        double readS = (System.nanoTime() - start) / 1e9;
        double readCpu = (cpuNanos() - cpu) / 1e9;
        System.out.printf("read only: %,d records in %.2f s = %,.0f records/s (%.2f CPU s = %,.0f records per CPU second)%n",
                read, readS, read / readS, readCpu, read / readCpu);

        start = System.nanoTime();
        cpu = cpuNanos();
        ImportJob job = OfflineImport.run(work.resolve("bench.duckdb"), dev.earshot.auth.Pseudonyms.off(),
                new ImportRequest("bench", Optional.empty(), null, false, null), List.of(file), j -> { },
                Clock.systemUTC());
        double importS = (System.nanoTime() - start) / 1e9;
        double importCpu = (cpuNanos() - cpu) / 1e9;
        ImportSummary s = job.status().summary();
        System.out.printf("import end to end: %,d records (%,d listens stored, %d rejected) in %.2f s = %,.0f records/s"
                        + " (%.2f CPU s = %,.0f records per CPU second; the machine's load shows in the first figure)%s%n",
                s.read(), s.imported(), s.rejectedTotal(), importS, s.read() / importS, importCpu, s.read() / importCpu,
                job.status().error() == null ? "" : " FAILED: " + job.status().error());
        return job.status().error() == null ? 0 : 1;
    }

    /** CPU time of the whole process (every thread, DuckDB's native ones too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long readOnly(Path file) throws IOException {
        long[] n = {0};
        ImportSink count = new ImportSink() {
            public void listen(ImportedListen listen) {
                n[0]++;
            }

            public void leftOut(LeftOut kind) {
                n[0]++;
            }

            public void rejected(String f, long index, String field, String reason, String raw) {
                n[0]++;
            }

            public void catalogTrack(String trackId, TrackMetadata track) {
                n[0]++;
            }
        };
        try (OpenedExport opened = OpenedExport.open(List.of(file))) {
            ExportEntry entry = opened.export().entries().get(0);
            new SpotifyExtendedReader().read(entry, opened.export(), ImportOptions.DEFAULTS, count);
        }
        return n[0];
    }
}
