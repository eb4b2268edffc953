package dev.earshot.web;

import static dev.earshot.testkit.Events.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.Warehouse;
import dev.earshot.testkit.Events;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as a person runs it, in its own process: acknowledged events survive kill -9, and
 * SIGTERM shuts down cleanly.
 */
class ServerProcessIT {
    private static final Pattern RUNNING = Pattern.compile("running on http://localhost:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void acknowledgedEventsSurviveKillDashNine() throws Exception {
        Path db = dir.resolve("crash.duckdb");
        Process server = startServer(db);
        int acknowledged;
        try {
            acknowledged = postBatches(awaitPort(server), 20);
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Warehouse reopened = DuckDbWarehouse.open(db, "512MB", Events.CLOCK)) {
            assertThat(reopened.countEvents()).isEqualTo(acknowledged);
            assertThat(reopened.event("k19-249")).isPresent();
        }
    }

    @Test
    void sigtermCommitsEverythingAndClosesTheDatabaseCleanly() throws Exception {
        Path db = dir.resolve("term.duckdb");
        Process server = startServer(db);
        int acknowledged = postBatches(awaitPort(server), 4);
        server.toHandle().destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(Files.readString(log())).contains("stopped cleanly");
        // A clean close checkpoints: nothing is left in the write-ahead log for the next start to replay.
        assertThat(Path.of(db + ".wal")).satisfiesAnyOf(
                wal -> assertThat(wal).doesNotExist(), wal -> assertThat(Files.size(wal)).isZero());
        try (Warehouse reopened = DuckDbWarehouse.open(db, "512MB", Events.CLOCK)) {
            assertThat(reopened.countEvents()).isEqualTo(acknowledged);
        }
    }

    @Test
    void sigtermLetsRequestsInFlightGetTheirAnswer() throws Exception {
        // A commit that lingers five seconds for more rows keeps every request waiting on it when SIGTERM comes;
        // the two seconds before SIGTERM let all eight reach the server even on a loaded machine.
        Process server = startServer(dir.resolve("drain.duckdb"), "--commit-linger", "PT5S");
        int port = awaitPort(server);
        HttpClient http = HttpClient.newHttpClient();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int b = 0; b < 8; b++) {
            inFlight.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/events"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch("d" + b + "-", 1000, start.plusSeconds(b))))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(2_000);
        server.toHandle().destroy();
        for (CompletableFuture<HttpResponse<String>> response : inFlight) {
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private Process startServer(Path db, String... options) throws Exception {
        Path jar = Path.of("target", "earshot.jar");
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0", "--db", db.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    private static int postBatches(int port, int batches) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);
        int acknowledged = 0;
        for (int b = 0; b < batches; b++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/events"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch("k" + b + "-", 250, start.plusSeconds(b))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            acknowledged += 250;
        }
        return acknowledged;
    }

    private int awaitPort(Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && server.isAlive()) {
            Matcher m = RUNNING.matcher(Files.exists(log()) ? Files.readString(log()) : "");
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server did not start:\n" + Files.readString(log()));
    }
}
