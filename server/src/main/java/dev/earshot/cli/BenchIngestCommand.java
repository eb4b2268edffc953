package dev.earshot.cli;

import dev.earshot.bench.IngestBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot bench ingest}: the Appender and bulk-path ceilings, HTTP ingest end to end, ratios and latencies. */
@Command(name = "ingest", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Raw DuckDB Appender and columnar bulk rows/s vs end-to-end HTTP ingest events/s on loopback.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--appender-events", defaultValue = "1000000", description = "Rows for the raw Appender run.")
    int appenderEvents;

    @Option(names = "--http-events", defaultValue = "500000", description = "Events sent over HTTP.")
    int httpEvents;

    @Option(names = "--warmup-events", defaultValue = "200000", description = "Events sent over HTTP, untimed, before measuring.")
    int warmupEvents;

    @Option(names = "--batch", defaultValue = "500", description = "Events per HTTP request.")
    int batch;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent HTTP clients.")
    int clients;

    @Option(names = "--commit-rows", defaultValue = "20000", description = "Rows per commit in the Appender run.")
    int commitRows;

    @Option(names = "--enrich", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Enrich events at ingest in the HTTP run, as the server does by default.")
    boolean enrich;

    @Option(names = "--preload", defaultValue = "0",
            description = "Events stored through the bulk path before the server starts; the HTTP run then measures on a full file.")
    long preload;

    @Mixin
    BenchFolder folder;

    private static void printCpu(dev.earshot.bench.CpuUse.Figures cpu) {
        System.out.printf("    CPU: %.2f cores for the whole process (clients included), of which:%n", cpu.processCores());
        cpu.coresByThreadGroup().entrySet().stream().filter(e -> e.getValue() >= 0.01)
                .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .forEach(e -> System.out.printf("      %-28s %.2f%n", e.getKey(), e.getValue()));
    }

    @Override
    public Integer call() throws Exception {
        Path work = folder.path();
        System.out.printf("Earshot ingest benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        var result = new IngestBenchmark(new IngestBenchmark.Settings(appenderEvents, httpEvents, warmupEvents, batch, clients, commitRows,
                enrich, preload),
                work, java.time.Clock.systemUTC()).run();
        System.out.printf("(a)  DuckDB Appender, %,d rows, %,d per commit: %,.0f rows/s (%,.0f per CPU-second;"
                        + " writer thread %.2f µs a row)%n", result.appenderEvents(), commitRows, result.appender().perSecond(),
                result.appender().perCpuSecond(), result.appender().writerMicrosPerRow());
        System.out.printf("(a') columnar bulk path (Arrow stream, one INSERT per commit), same rows: %,.0f rows/s"
                        + " (%,.0f per CPU-second; writer thread %.2f µs a row, columns built on the caller's thread)%n",
                result.bulk().perSecond(), result.bulk().perCpuSecond(), result.bulk().writerMicrosPerRow());
        if (result.empty() != null) {
            System.out.printf("(b0) HTTP ingest on an empty file, same settings: %,.0f events/s (%,.0f per CPU-second), p99 %.1f ms;"
                            + " RSS %,d MB, heap used %,d MB%n", result.empty().perSecond(),
                    result.empty().perSecond() / result.empty().cpu().processCores(), result.empty().p99Millis(),
                    result.empty().memory().rssMb(), result.empty().memory().heapUsedMb());
            printCpu(result.empty().cpu());
        }
        if (result.preload().events() > 0) {
            System.out.printf("     preloaded %,d events through the bulk path in %.1f s (%,.0f events/s)%n",
                    result.preload().events(), result.preload().seconds(), result.preload().events() / result.preload().seconds());
        }
        System.out.printf("(b)  HTTP ingest, %,d events, batches of %d, %d clients, enrichment %s, write path %s: %,.0f events/s"
                        + " (%,.0f per CPU-second of the whole process, clients included)%n",
                result.httpEvents(), batch, clients, enrich ? "on" : "off", result.httpWritePath(), result.httpPerSecond(),
                result.httpPerSecond() / result.cpu().processCores());
        if (result.empty() != null) {
            System.out.printf("     after the preload of %,d events: %.2f of the empty-file rate (%.2f per CPU-second)%n",
                    result.preload().events(), result.httpPerSecond() / result.empty().perSecond(),
                    (result.httpPerSecond() / result.cpu().processCores())
                            / (result.empty().perSecond() / result.empty().cpu().processCores()));
        }
        System.out.printf("(c)  ratio b/a: %.2f, b/a': %.2f%n", result.ratio(), result.bulkRatio());
        System.out.printf("(d) request latency: p50 %.1f ms, p99 %.1f ms%n", result.p50Millis(), result.p99Millis());
        System.out.printf("    writer during (b): %s; %.1f µs of writer CPU per event%n", result.writerStats(),
                result.httpWriterMicrosPerRow());
        System.out.println("    during (b):");
        printCpu(result.cpu());
        System.out.printf("    memory after (b): RSS %,d MB, heap used %,d MB of %,d MB committed%n",
                result.memory().rssMb(), result.memory().heapUsedMb(), result.memory().heapCommittedMb());
        return 0;
    }
}
