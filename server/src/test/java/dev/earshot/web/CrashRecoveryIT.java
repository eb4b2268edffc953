package dev.earshot.web;

import static dev.earshot.support.TestEvents.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.Warehouse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged event survives kill -9: the packaged server runs in its own process, acknowledges
 * batches, is killed without any chance to flush or close, and the database file still holds every
 * acknowledged event when it is opened again.
 */
class CrashRecoveryIT {
    private static final Pattern RUNNING = Pattern.compile("running on http://localhost:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void acknowledgedEventsSurviveKillDashNine() throws Exception {
        Path jar = Path.of("target", "earshot.jar");
        assertThat(jar).exists();
        Path db = dir.resolve("crash.duckdb");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0", "--db", db.toString())
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        try {
            int port = awaitPort(server);
            HttpClient http = HttpClient.newHttpClient();
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);
            for (int b = 0; b < 20; b++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/events"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batch("k" + b + "-", 250, start.plusSeconds(b))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                acknowledged += 250;
            }
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(db)).isTrue();
        try (Warehouse reopened = DuckDbWarehouse.open(db, "512MB")) {
            assertThat(reopened.countEvents()).isEqualTo(acknowledged);
            assertThat(reopened.event("k19-249")).isPresent();
        }
    }

    private static int awaitPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = RUNNING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("the server did not start:\n" + seen);
    }
}
