package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /v1/users/{id}/recommendations on a real server and DuckDB file. Models refit every second here, so a
 * test stores listening and waits for a fit that has seen it.
 */
class RecommendationsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An hour before the server's "now", which is the test kit's: the answers do not move with the date. */
    static final Instant NOW = Events.T0.minusSeconds(3600);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir(dir -> {
        EarshotConfig d = EarshotConfig.defaults(dir.resolve("earshot.duckdb")).withPort(0);
        return new EarshotConfig(d.host(), d.port(), d.database(), d.dbMemoryLimit(),
                d.maxBodyBytes(), d.maxEventsPerRequest(), d.validation(), d.writer(), d.ackTimeout(),
                d.dedupeMaxResidentIds(), false, true, Duration.ofSeconds(1), d.modelWindow(), d.llm(), d.limits(), d.security(), null, null);
    }).withClock(Events.CLOCK);

    @Test
    void recommendsTheTrackCoListenedWithTheUsersOwnWithTitleArtistAndReason() throws Exception {
        List<String> events = new ArrayList<>();
        for (String u : List.of("u1", "u2", "u3")) {
            events.add(play(u, "A", "Alpha", "Ann"));
            events.add(play(u, "B", "Beta", "Bob"));
            events.add(play(u, "C", "Gamma", "Cat"));
        }
        events.add(play("u4", "D", "Delta", "Dan"));
        events.add(play("me", "A", "Alpha", "Ann"));
        events.add(play("me", "B", "Beta", "Bob"));
        assertThat(server.post("/v1/events", "application/json", "[" + String.join(",", events) + "]").statusCode())
                .isEqualTo(200);

        JsonNode answer = awaitItems("/v1/users/me/recommendations?limit=2");
        assertThat(answer.get("user_id").asText()).isEqualTo("me");
        assertThat(answer.get("model").asText()).isIn("item-knn", "als");
        JsonNode first = answer.get("items").get(0);
        assertThat(first.get("track_id").asText()).isEqualTo("C");
        assertThat(first.get("title").asText()).isEqualTo("Gamma");
        assertThat(first.get("artist").asText()).isEqualTo("Cat");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("reasons").get(0).asText()).isIn("because you played Alpha by Ann",
                "because you played Beta by Bob", "popular with listeners like you");
    }

    @Test
    void unknownUserIsA404JsonError() throws Exception {
        HttpResponse<String> response = awaitReady("/v1/users/nobody/recommendations");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void limitOutOfRangeIsA400() throws Exception {
        HttpResponse<String> response = server.get("/v1/users/me/recommendations?limit=1000");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("invalid_parameter");
    }

    /** Polls until the answer has items: the fit that saw the stored events has been served. */
    private JsonNode awaitItems(String path) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = server.get(path);
            if (response.statusCode() == 200 && JSON.readTree(response.body()).get("items").size() > 0) {
                return JSON.readTree(response.body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no recommendations for " + path + " within " + PATIENCE);
    }

    private HttpResponse<String> awaitReady(String path) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response = server.get(path);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("model_not_ready");
            Thread.sleep(200);
            response = server.get(path);
        }
        return response;
    }

    private static int seq;

    private static String play(String user, String track, String title, String artist) {
        seq++;
        return "{\"event_id\":\"e" + seq + "\",\"event_type\":\"play\",\"user_id\":\"" + user + "\",\"track_id\":\""
                + track + "\",\"timestamp\":\"" + NOW.plusSeconds(seq) + "\",\"platform\":\"spotify\","
                + "\"track\":{\"title\":\"" + title + "\",\"artist\":\"" + artist + "\"}}";
    }
}
