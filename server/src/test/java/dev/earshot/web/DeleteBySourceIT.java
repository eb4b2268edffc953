package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.simulations.LiveEventSender;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DELETE /v1/events?source= against a real server and file: simulated events (sent as `earshot simulate --target`
 * sends them) go, the api events stay, statistics and profiles count only what is left, and a missing or unknown
 * source is refused naming the parameter, deleting nothing.
 */
class DeleteBySourceIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An hour before the server's "now", which is the test kit's: the answers do not move with the date. */
    static final Instant NOW = Events.T0.minusSeconds(3600);

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @BeforeEach
    void seed() {
        assertThat(send("api", "[" + play("a1", "alice", 0) + "," + play("a2", "alice", 1) + "," + play("a3", "bob", 2)
                + "]").statusCode()).isEqualTo(200);
        assertThat(send("simulation", "[" + play("s1", "alice", 3) + "," + play("s2", "sim-user", 4) + ","
                + play("s3", "sim-user", 5) + "," + play("s4", "bob", 6) + "]").statusCode()).isEqualTo(200);
    }

    @Test
    void deletesEverySimulatedEventAndKeepsTheApiOnes() throws Exception {
        assertThat(overview().get("plays").asLong()).isEqualTo(7);
        assertThat(profilePlays("alice")).isEqualTo(3);

        HttpResponse<String> r = server.delete("/v1/events?source=simulation");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("deleted").asLong()).isEqualTo(4);
        assertThat(body.get("source").asText()).isEqualTo("simulation");
        JsonNode overview = overview();
        assertThat(overview.get("plays").asLong()).isEqualTo(3);
        assertThat(overview.get("listeners").asLong()).isEqualTo(2);
        assertThat(profilePlays("alice")).isEqualTo(2);
        assertThat(server.get("/v1/users/sim-user/profile").statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/events/a1").statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/events/s1").statusCode()).isEqualTo(404);

        JsonNode again = JSON.readTree(server.delete("/v1/events?source=simulation").body());
        assertThat(again.get("deleted").asLong()).isZero();
        assertThat(JSON.readTree(server.delete("/v1/events?source=import:spotify").body()).get("deleted").asLong())
                .isZero();
        assertThat(overview().get("plays").asLong()).isEqualTo(3);
    }

    @Test
    void aMissingOrUnknownSourceIsRefusedNamingTheParameterAndDeletesNothing() throws Exception {
        for (String query : new String[] {"", "?source=", "?source=simulated", "?source=import:nope", "?source=API"}) {
            HttpResponse<String> r = server.delete("/v1/events" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
            assertThat(error.get("details").get(0).get("field").asText()).isEqualTo("source");
        }
        assertThat(overview().get("plays").asLong()).isEqualTo(7);
    }

    @Test
    void aRuleExcludingTheSimulationLeavesItOutOfStatisticsWithoutDeletingIt() throws Exception {
        HttpResponse<String> put = server.request("PUT", "/v1/rules", "{\"exclude\":{\"sources\":[\"simulation\"]}}",
                "Content-Type", "application/json");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).get("exclude").get("sources").get(0).asText()).isEqualTo("simulation");
        assertThat(overview().get("plays").asLong()).isEqualTo(3);
        assertThat(profilePlays("alice")).isEqualTo(2);
        assertThat(server.get("/v1/events/s1").statusCode()).isEqualTo(200);

        HttpResponse<String> bad = server.request("PUT", "/v1/rules", "{\"exclude\":{\"sources\":[\"simulated\"]}}",
                "Content-Type", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("exclude.sources[0]");
    }

    private HttpResponse<String> send(String source, String body) {
        return server.request("POST", "/v1/events", body, "Content-Type", "application/json",
                LiveEventSender.SOURCE_HEADER, source);
    }

    private JsonNode overview() throws Exception {
        HttpResponse<String> r = server.get("/v1/analytics/overview");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private long profilePlays(String user) throws Exception {
        HttpResponse<String> r = server.get("/v1/users/" + user + "/profile");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("plays").asLong();
    }

    private static String play(String id, String user, int minutes) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"play\",\"user_id\":\"" + user + "\","
                + "\"track_id\":\"spotify:track:anthem\",\"timestamp\":\"" + NOW.plusSeconds(minutes * 60L) + "\","
                + "\"platform\":\"spotify\",\"ms_played\":180000,\"duration_ms\":200000,"
                + "\"track\":{\"title\":\"Anthem\",\"artist\":\"Queen\",\"duration_ms\":200000,\"genres\":[\"rock\"]}}";
    }
}
