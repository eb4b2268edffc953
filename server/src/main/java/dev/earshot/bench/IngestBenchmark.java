package dev.earshot.bench;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import dev.earshot.event.ListenEvent;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventWritePath;
import dev.earshot.store.StoredEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures (a) the raw DuckDB Appender path and (a′) the raw columnar bulk path into the events table, the
 * ceilings for ingest, and (b) ingest end to end over HTTP on loopback: concurrent clients posting batches, each
 * answered after its commit.
 */
public final class IngestBenchmark {
    private static final int PRELOAD_COMMIT = 100_000;

    /** What one run measured. */
    public record Result(long appenderEvents, Raw appender, Raw bulk, long httpEvents, double httpPerSecond,
                         double p50Millis, double p99Millis, CpuUse.Figures cpu, String writerStats, String httpWritePath,
                         Preload preload, Memory memory, EmptyFile empty) {
        public double ratio() {
            return httpPerSecond / appender.perSecond();
        }

        public double bulkRatio() {
            return httpPerSecond / bulk.perSecond();
        }

        /** Writer-thread CPU per stored event during the HTTP run, in microseconds. */
        public double httpWriterMicrosPerRow() {
            return 1e6 * cpu.group("earshot-db-writer") / httpPerSecond;
        }
    }

    /**
     * One raw write path: rows per second of wall time, and per second of the process's CPU (every thread,
     * DuckDB's own included) — the second holds on a machine shared with other work, where wall time does not —
     * and the CPU the one writer thread spends per row, which is what bounds ingest.
     */
    public record Raw(double perSecond, double perCpuSecond, double writerMicrosPerRow) {
    }

    /**
     * With a preload, the same HTTP run first on an empty file, in the same process and sitting: the rate the
     * preloaded run is compared with, and where the CPU went then. Null without a preload.
     */
    public record EmptyFile(double perSecond, double p99Millis, CpuUse.Figures cpu, Memory memory) {
    }

    /** The events stored before the server started, and how long that took. */
    public record Preload(long events, double seconds) {
    }

    /** The process's resident memory and the JVM heap in use, in MB, at the end of the HTTP run, server still up. */
    public record Memory(long rssMb, long heapUsedMb, long heapCommittedMb) {
    }

    /** {@code preload}: events stored through the bulk path before the server starts, to measure on a full file. */
    public record Settings(int appenderEvents, int httpEvents, int warmupEvents, int batchSize, int clients, int commitRows,
                           boolean enrich, long preload) {
    }

    private final Settings settings;
    private final Path workDir;
    private final Clock clock;

    /** {@code clock} is the command's (a benchmark measures the machine's own time). */
    public IngestBenchmark(Settings settings, Path workDir, Clock clock) {
        this.settings = settings;
        this.workDir = workDir;
        this.clock = clock;
    }

    public Result run() throws Exception {
        List<List<StoredEvent>> groups = rawGroups();
        // Each path twice, alternating, and the better run of each: the first run of a path also pays the JIT.
        Raw appender = rawRate(groups, EventWritePath.APPENDER);
        Raw bulk = rawRate(groups, EventWritePath.BULK);
        appender = better(appender, rawRate(groups, EventWritePath.APPENDER));
        bulk = better(bulk, rawRate(groups, EventWritePath.BULK));
        EmptyFile empty = null;
        if (settings.preload() > 0) {
            HttpRun first = httpRun(0);
            empty = new EmptyFile(first.perSecond, first.latencies.percentileMillis(99), first.cpu, first.memory);
        }
        HttpRun http = httpRun(settings.preload());
        return new Result(settings.appenderEvents(), appender, bulk, http.events, http.perSecond,
                http.latencies.percentileMillis(50), http.latencies.percentileMillis(99), http.cpu, http.writerStats,
                http.writePath, http.preload, http.memory, empty);
    }

    private List<List<StoredEvent>> rawGroups() {
        BenchEvents gen = new BenchEvents(1, Instant.parse("2026-01-01T00:00:00Z"), "a");
        Instant received = clock.instant();
        List<List<StoredEvent>> groups = new ArrayList<>();
        for (int from = 0; from < settings.appenderEvents(); from += settings.commitRows()) {
            int n = Math.min(settings.commitRows(), settings.appenderEvents() - from);
            groups.add(gen.events(from, n).stream().map(e -> new StoredEvent(e, received)).toList());
        }
        return groups;
    }

    private static Raw better(Raw a, Raw b) {
        return new Raw(Math.max(a.perSecond(), b.perSecond()), Math.max(a.perCpuSecond(), b.perCpuSecond()),
                Math.min(a.writerMicrosPerRow(), b.writerMicrosPerRow()));
    }

    /** Rows per second through {@link DuckDbWarehouse#write} the given way, one commit per group, as the writer does. */
    private Raw rawRate(List<List<StoredEvent>> groups, EventWritePath path) throws IOException {
        Path db = Files.createTempFile(workDir, path.name().toLowerCase(java.util.Locale.ROOT), ".duckdb");
        Files.delete(db);
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(db, null, 0, path, clock)) {
            if (warehouse.writePath() != path) {
                throw new IllegalStateException("the " + path + " write path is not available in this JVM");
            }
            CpuUse cpu = CpuUse.start();
            long start = System.nanoTime();
            for (List<StoredEvent> group : groups) {
                warehouse.write(group, List.of());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuUse.Figures used = cpu.stop();
            double rows = settings.appenderEvents();
            return new Raw(rows / seconds, rows / (used.processCores() * seconds),
                    1e6 * used.group("earshot-db-writer") * seconds / rows);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }

    private record HttpRun(long events, double perSecond, Latencies latencies, CpuUse.Figures cpu, String writerStats,
                           String writePath, Preload preload, Memory memory) {
    }

    /**
     * Fills the file with {@code events} events through the bulk path, in commits of 100k, each commit received a
     * minute after the one before (as history arrives over time, so that the background folds that go by receipt
     * time find it spread out, not in one instant), the last well before the server starts.
     */
    private Preload preload(Path db, long events) {
        if (events == 0) {
            return new Preload(0, 0);
        }
        BenchEvents gen = new BenchEvents(7, clock.instant().minus(java.time.Duration.ofDays(365)), "p");
        long commits = (events + PRELOAD_COMMIT - 1) / PRELOAD_COMMIT;
        Instant firstReceived = clock.instant().minus(java.time.Duration.ofMinutes(commits + 60));
        long start = System.nanoTime();
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(db, null, 0, EventWritePath.BULK, clock)) {
            for (long from = 0; from < events; from += PRELOAD_COMMIT) {
                int n = (int) Math.min(PRELOAD_COMMIT, events - from);
                Instant received = firstReceived.plus(java.time.Duration.ofMinutes(from / PRELOAD_COMMIT));
                warehouse.write(gen.events(from, n).stream().map(e -> new StoredEvent(e, received)).toList(), List.of());
            }
        }
        return new Preload(events, (System.nanoTime() - start) / 1e9);
    }

    private static Memory memory() {
        Runtime rt = Runtime.getRuntime();
        long rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            rss = -1;
        }
        return new Memory(rss, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
    }

    private HttpRun httpRun(long preloadEvents) throws Exception {
        Path db = Files.createTempFile(workDir, "http", ".duckdb");
        Files.delete(db);
        Preload preload = preload(db, preloadEvents);
        List<byte[]> warmup = bodies("w", settings.warmupEvents());
        List<byte[]> bodies = bodies("h", settings.httpEvents());
        Latencies latencies = new Latencies(bodies.size());
        EarshotConfig config = EarshotConfig.defaults(db).withPort(0).withEnrich(settings.enrich());
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        try (Earshot earshot = Earshot.start(config)) {
            URI uri = URI.create("http://127.0.0.1:" + earshot.port() + "/v1/events");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // Untimed first: the JIT compiles the hot path before anything is measured.
            runClients(clients, http, uri, warmup, new Latencies(warmup.size()));
            long warmupRows = earshot.warehouse().countEvents();
            CpuUse cpu = CpuUse.start();
            long start = System.nanoTime();
            runClients(clients, http, uri, bodies, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuUse.Figures used = cpu.stop();
            Memory memory = memory();
            long stored = earshot.warehouse().countEvents() - warmupRows;
            // The checkpoint that the run's log calls for happens once the writer is idle; let it, and report it.
            Thread.sleep(3_000);
            String metrics = http.send(HttpRequest.newBuilder(uri.resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new HttpRun(stored, stored / seconds, latencies, used, WriterStats.describe(metrics),
                    earshot.warehouse() instanceof DuckDbWarehouse d ? d.writePath().name() : "other", preload, memory);
        } finally {
            clients.shutdownNow();
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }

    private void runClients(ExecutorService clients, HttpClient http, URI uri, List<byte[]> bodies, Latencies latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            running.add(clients.submit(() -> send(http, uri, bodies, next, latencies)));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private List<byte[]> bodies(String run, int events) {
        BenchEvents gen = new BenchEvents(run.hashCode(), clock.instant().minusSeconds(86_400), run + System.nanoTime());
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < events; from += settings.batchSize()) {
            List<ListenEvent> batch = gen.events(from, Math.min(settings.batchSize(), events - from));
            bodies.add(BenchEvents.body(batch));
        }
        return bodies;
    }

    private static Void send(HttpClient http, URI uri, List<byte[]> bodies, AtomicInteger next, Latencies latencies) {
        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            latencies.add(System.nanoTime() - t0);
        }
        return null;
    }
}
