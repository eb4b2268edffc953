package dev.earshot.bench;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Overload on loopback: many clients post batches as fast as they can against an in-process server (or a given
 * one); reports what was accepted, what was refused and how fast, how /health answered meanwhile, memory over
 * time, how soon a write is accepted once the load stops, and what many slow uploads do to other requests.
 */
public final class OverloadBenchmark {
    public record Settings(int clients, int batch, Duration duration, int slowUploads, URI target, Path dir) {
    }

    private final Settings settings;
    private final Consumer<String> out;
    private final Clock clock;

    /** {@code clock}: the "now" the generated listening is dated around (the command passes the system clock). */
    public OverloadBenchmark(Settings settings, Consumer<String> out, Clock clock) {
        this.settings = settings;
        this.out = out;
        this.clock = clock;
    }

    public void run() throws Exception {
        Earshot earshot = null;
        URI base = settings.target();
        if (base == null) {
            Path db = Files.createTempDirectory(settings.dir(), "earshot-overload").resolve("earshot.duckdb");
            EarshotConfig config = EarshotConfig.defaults(db).withPort(0);
            config = config.withLimits(config.limits().withMinFreeDiskBytes(0));
            earshot = Earshot.start(config);
            base = URI.create("http://127.0.0.1:" + earshot.port());
        }
        try {
            load(base);
            slowUploads(base);
        } finally {
            if (earshot != null) {
                earshot.close();
            }
        }
    }

    private void load(URI base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + settings.duration().toNanos();
        Map<Integer, Samples> byStatus = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        String runId = "ovl" + Long.toString(System.nanoTime(), 36);
        Instant start = clock.instant().minus(Duration.ofDays(1));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            threads.add(started("overload-" + c, () -> {
                BenchEvents events = new BenchEvents(client, start, runId + "c" + client);
                long n = 0;
                while (System.nanoTime() < end) {
                    byte[] body = BenchEvents.body(events.events(n, settings.batch()));
                    n += settings.batch();
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/events"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        byStatus.computeIfAbsent(r.statusCode(), k -> new Samples()).add(System.nanoTime() - t0);
                        if (r.statusCode() == 200) {
                            accepted.addAndGet(settings.batch());
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        Samples health = new Samples();
        CpuUse cpu = CpuUse.start();
        long began = System.nanoTime();
        long nextMemory = began;
        List<String> memory = new ArrayList<>();
        while (System.nanoTime() < end) {
            health.add(timedGet(http, base.resolve("/health")));
            if (System.nanoTime() >= nextMemory) {
                memory.add(String.format("t=%3ds heap %4d MB, RSS %4d MB", (System.nanoTime() - began) / 1_000_000_000L,
                        usedHeapMb(), rssMb()));
                nextMemory += 5_000_000_000L;
            }
            Thread.sleep(200);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        CpuUse.Figures used = cpu.stop();
        long recoveryStart = System.nanoTime();
        long recoveryNanos = -1;
        for (int i = 0; i < 600 && recoveryNanos < 0; i++) {
            HttpRequest one = HttpRequest.newBuilder(base.resolve("/v1/events")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(BenchEvents.body(
                            new BenchEvents(9, start, runId + "after").events(i, 1)))).build();
            if (http.send(one, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                recoveryNanos = System.nanoTime() - recoveryStart;
            } else {
                Thread.sleep(100);
            }
        }
        out.accept(String.format("overload: %d clients, batches of %d, %.0f s, load average %s", settings.clients(),
                settings.batch(), seconds, loadAverage()));
        out.accept(String.format("  accepted: %,d events, %,.0f events/s, %,.0f events per CPU-second of this process"
                        + " (%.2f cores: clients and, in-process, the server)", accepted.get(), accepted.get() / seconds,
                accepted.get() / (seconds * used.processCores()), used.processCores()));
        out.accept("  cores by thread group: " + top(used.coresByThreadGroup()));
        new TreeMap<>(byStatus).forEach((status, s) -> out.accept(String.format("  status %d: %,d requests, p50 %.1f ms,"
                + " p99 %.1f ms", status, s.size(), s.percentileMillis(50), s.percentileMillis(99))));
        out.accept(String.format("  transport failures: %d", failures.get()));
        out.accept(String.format("  /health during load: %d probes, p50 %.1f ms, p99 %.1f ms, max %.1f ms", health.size(),
                health.percentileMillis(50), health.percentileMillis(99), health.percentileMillis(100)));
        memory.forEach(m -> out.accept("  memory " + m));
        out.accept(String.format("  recovery: first write accepted %.1f ms after the load stopped", recoveryNanos / 1e6));
    }

    private void slowUploads(URI base) throws Exception {
        if (settings.slowUploads() == 0) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant start = clock.instant().minus(Duration.ofHours(2));
        BenchEvents events = new BenchEvents(10, start, "slow" + Long.toString(System.nanoTime(), 36));
        Samples before = new Samples();
        Samples writesBefore = new Samples();
        for (int i = 0; i < 20; i++) {
            before.add(timedGet(http, base.resolve("/health")));
            writesBefore.add(timedWrite(http, base, events, i));
        }
        List<Socket> sockets = new ArrayList<>();
        int opened = 0;
        try {
            for (int i = 0; i < settings.slowUploads(); i++) {
                try {
                    Socket s = new Socket(base.getHost(), base.getPort());
                    OutputStream o = s.getOutputStream();
                    o.write(("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    sockets.add(s);
                    opened++;
                } catch (IOException e) {
                    break;
                }
            }
            Samples during = new Samples();
            Samples writesDuring = new Samples();
            for (int i = 0; i < 20; i++) {
                during.add(timedGet(http, base.resolve("/health")));
                writesDuring.add(timedWrite(http, base, events, 100 + i));
                Thread.sleep(100);
            }
            out.accept(String.format("slow uploads: %d connections at 1 byte then silence; /health p50 %.1f ms -> %.1f ms,"
                            + " max %.1f ms -> %.1f ms", opened, before.percentileMillis(50), during.percentileMillis(50),
                    before.percentileMillis(100), during.percentileMillis(100)));
            out.accept(String.format("  a one-event write until accepted (retrying 503 after 100 ms): p50 %.1f ms ->"
                            + " %.1f ms, max %.1f ms -> %.1f ms; delay by the slow uploads at most %.1f ms",
                    writesBefore.percentileMillis(50), writesDuring.percentileMillis(50),
                    writesBefore.percentileMillis(100), writesDuring.percentileMillis(100),
                    Math.max(writesDuring.percentileMillis(100), during.percentileMillis(100))
                            - Math.min(writesBefore.percentileMillis(50), before.percentileMillis(50))));
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    private static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }

    /**
     * How long until one write is accepted, from its first attempt: a 503 is retried after 100 ms (a client would
     * wait Retry-After; the time to acceptance is what a slow upload costs the others). 30 s if never.
     */
    private static long timedWrite(HttpClient http, URI base, BenchEvents events, long n) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpRequest one = HttpRequest.newBuilder(base.resolve("/v1/events")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(BenchEvents.body(events.events(n, 1)))).build();
            try {
                if (http.send(one, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime() - t0;
                }
            } catch (IOException e) {
                // Counted as time until accepted.
            }
            Thread.sleep(100);
        }
        return Duration.ofSeconds(30).toNanos();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The five thread groups that used the most CPU, in cores. */
    private static String top(Map<String, Double> coresByGroup) {
        return coresByGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static long timedGet(HttpClient http, URI uri) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return Duration.ofSeconds(30).toNanos();
        }
        return System.nanoTime() - t0;
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: RSS unknown.
        }
        return -1;
    }

    /** Latencies of unknown count, in nanoseconds; percentiles by nearest rank. */
    private static final class Samples {
        private long[] nanos = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        synchronized int size() {
            return size;
        }

        synchronized double percentileMillis(double p) {
            if (size == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
