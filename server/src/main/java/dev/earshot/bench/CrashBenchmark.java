package dev.earshot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Kills the server at random moments while clients post, restarts it on the same file, and finally counts the
 * acknowledged events that are missing or stored twice. The server is a child process on this JVM's classpath;
 * {@link Process#destroyForcibly()} is SIGKILL on Linux, so nothing of the server's own shutdown runs.
 */
public final class CrashBenchmark {
    public record Settings(int kills, int clients, int batch, long seed, Path dir) {
    }

    public record Result(long acknowledged, long missing, long duplicated, long stored) {
    }

    private final Settings settings;
    private final Consumer<String> out;
    private final Clock clock;

    /** {@code clock}: the "now" the generated listening is dated around (the command passes the system clock). */
    public CrashBenchmark(Settings settings, Consumer<String> out, Clock clock) {
        this.settings = settings;
        this.out = out;
        this.clock = clock;
    }

    public Result run() throws Exception {
        Path db = Files.createTempDirectory(settings.dir(), "earshot-crash").resolve("earshot.duckdb");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        Instant start = clock.instant().minus(Duration.ofHours(6));
        Process server = startServer(db, port, http, base);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            Thread t = new Thread(() -> post(client, http, base, start, running, acknowledged), "crash-client-" + c);
            t.start();
            clients.add(t);
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int k = 1; k <= settings.kills(); k++) {
            Thread.sleep(500 + random.nextInt(2500));
            server.destroyForcibly().waitFor();
            out.accept(String.format("kill %d: %,d acknowledged so far", k, acknowledged.size()));
            server = startServer(db, port, http, base);
        }
        Thread.sleep(1000);
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        server.destroy();
        server.waitFor();
        return count(db, acknowledged);
    }

    private void post(int client, HttpClient http, URI base, Instant start, AtomicBoolean running, Set<String> acked) {
        BenchEvents events = new BenchEvents(client, start, "crash-c" + client);
        long n = 0;
        while (running.get()) {
            var batch = events.events(n, settings.batch());
            n += settings.batch();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/events")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(BenchEvents.body(batch))).build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"rejected\":[]")) {
                    batch.forEach(e -> acked.add(e.eventId()));
                }
            } catch (IOException e) {
                sleep(50); // the server is down: a lost answer is not an acknowledgement
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process startServer(Path db, int port, HttpClient http, URI base) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // As the jar's manifest opens it for java -jar: the server then writes through the bulk path.
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.earshot.cli.EarshotCommand", "serve",
                "--db", db.toString(), "--port", Integer.toString(port), "--min-free-disk", "0", "--no-enrich");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(db.resolveSibling("server.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited at start; see " + db.resolveSibling("server.log"));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not become healthy in 120 s");
    }

    private static Result count(Path db, Set<String> acknowledged) throws Exception {
        Set<String> stored = new HashSet<>();
        long duplicated = 0;
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT event_id, count(*) FROM events GROUP BY event_id")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
                if (rs.getLong(2) > 1) {
                    duplicated++;
                }
            }
        }
        long missing = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        return new Result(acknowledged.size(), missing, duplicated, stored.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
