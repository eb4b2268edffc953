package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.simulations.SimulationService;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Live simulations started, listed and stopped over HTTP, feeding the real server. */
class SimulationsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @Test
    void startsAFeedThatStoresLiveEventsAndStopsItOnDelete() throws Exception {
        HttpResponse<String> created = server.post("/v1/simulations", "application/json",
                "{\"scenario\":\"youtube_music\",\"users\":300,\"rate\":200,\"seed\":5}");
        assertThat(created.statusCode()).isEqualTo(201);
        long startedAt = System.nanoTime();
        String id = JSON.readTree(created.body()).get("id").asText();

        awaitStored(50);
        // A human pace: nobody has heard more music than the time since the feed started.
        long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000 + 2_000;
        java.util.Map<String, Long> heard = new java.util.HashMap<>();
        for (JsonNode e : JSON.readTree(server.get("/v1/events?platform=youtube_music&limit=1000").body()).get("events")) {
            heard.merge(e.get("user_id").asText(), e.path("ms_played").asLong(0), Long::sum);
        }
        assertThat(heard.values()).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(elapsedMs));
        JsonNode latest = JSON.readTree(server.get("/v1/events?platform=youtube_music&limit=1").body()).get("events").get(0);
        assertThat(latest.get("event_id").asText()).startsWith(id + "_");
        // Stamped with the server's clock as it goes out.
        assertThat(Instant.parse(latest.get("timestamp").asText())).isEqualTo(Events.T0);

        JsonNode listed = JSON.readTree(server.get("/v1/simulations").body()).get("simulations").get(0);
        assertThat(listed.get("id").asText()).isEqualTo(id);
        assertThat(listed.get("state").asText()).isEqualTo("running");

        HttpResponse<String> deleted = server.delete("/v1/simulations/" + id);
        assertThat(deleted.statusCode()).isEqualTo(200);
        JsonNode stopped = JSON.readTree(deleted.body());
        assertThat(stopped.get("state").asText()).isEqualTo("stopped");
        long stored = server.earshot().warehouse().countEvents();
        Thread.sleep(300);
        assertThat(server.earshot().warehouse().countEvents()).isEqualTo(stored);
        assertThat(stopped.get("accepted").asLong()).isEqualTo(stored);
    }

    @Test
    void refusesBadRequestsWithReasons() throws Exception {
        for (String body : new String[] {"{\"scenario\":\"napster\"}", "{\"rate\":0}", "{\"users\":0}",
            "{\"colour\":\"red\"}", "{\"users\":\"many\"}", "not json",
            "{\"scenario\":\"custom\",\"spec\":{\"genre_mix\":{\"polka\":1}}}"}) {
            HttpResponse<String> response = server.post("/v1/simulations", "application/json", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("invalid_simulation");
        }
        assertThat(server.delete("/v1/simulations/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void startsACustomScenarioFromTheSameSpecAsTheCommandLine() throws Exception {
        HttpResponse<String> created = server.post("/v1/simulations", "application/json",
                "{\"scenario\":\"custom\",\"users\":10,\"rate\":5,\"spec\":{\"genre_mix\":{\"jazz\":1},\"platforms\":{\"tidal\":1}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode status = JSON.readTree(created.body());
        assertThat(status.get("scenario").asText()).isEqualTo("custom");
        assertThat(status.get("listeners").asText()).isEqualTo(status.get("id").asText());
        HttpResponse<String> bad = server.post("/v1/simulations", "application/json",
                "{\"scenario\":\"custom\",\"spec\":{\"genre_mix\":{\"polka\":1}}}");
        assertThat(JSON.readTree(bad.body()).get("error").get("message").asText())
                .startsWith("spec.genre_mix.polka: unknown genre 'polka'; expected one of: pop, rock");
        JsonNode vocabulary = JSON.readTree(server.get("/v1/vocabulary").body());
        assertThat(vocabulary.get("platforms")).hasSize(8);
        assertThat(vocabulary.get("genres").get(0).asText()).isEqualTo("pop");
    }

    @Test
    void limitsHowManyRunAtOnce() {
        for (int i = 0; i < SimulationService.MAX_RUNNING; i++) {
            assertThat(server.post("/v1/simulations", "application/json", "{\"users\":5,\"rate\":1}").statusCode()).isEqualTo(201);
        }
        assertThat(server.post("/v1/simulations", "application/json", "{\"users\":5,\"rate\":1}").statusCode()).isEqualTo(429);
    }

    private void awaitStored(long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.earshot().warehouse().countEvents() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(server.earshot().warehouse().countEvents()).isGreaterThanOrEqualTo(atLeast);
    }
}
