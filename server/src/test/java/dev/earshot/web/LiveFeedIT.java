package dev.earshot.web;

import static dev.earshot.testkit.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/live over a real connection: KPIs at once, then the events that get committed. */
class LiveFeedIT {
    @TempDir
    Path dir;

    @Test
    void streamsKpisAndCommittedEventsAndLetsTheServerStopPromptly() throws Exception {
        RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("live.duckdb")).withPort(0), Events.CLOCK);
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/v1/live")).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/event-stream"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        readUntil(lines, seen, "data: {\"events_total\":0");

        assertThat(server.post("/v1/events", "application/json", json("live-1", "ana", Events.T0)).statusCode())
                .isEqualTo(200);
        readUntil(lines, seen, "\"event_id\":\"live-1\"");
        assertThat(seen).contains("event: kpi", "event: listen");

        // An open stream must not hold the stop for the server's 20-second drain of requests in flight.
        long start = System.nanoTime();
        server.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    private static void readUntil(BufferedReader lines, List<String> seen, String fragment) throws Exception {
        String line;
        while ((line = lines.readLine()) != null) {
            seen.add(line);
            if (line.contains(fragment)) {
                return;
            }
        }
        throw new AssertionError("stream ended before " + fragment + "; saw " + seen);
    }
}
