package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET and PUT /v1/rules on a real server: the document round-trips, is validated field by field, needs the admin
 * scope to change, and changes the analytics answers at once (and back when cleared).
 */
class RulesApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Events.T0.minusSeconds(3600);

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @BeforeEach
    void seed() {
        List<String> events = new ArrayList<>();
        events.add(play("e1", "u1", "t-halo", "Halo", "Beyonce", 0));
        events.add(play("e2", "u1", "t-halo", "Halo", "Beyonce", 1));
        events.add(play("e3", "u2", "t-crazy", "Crazy in Love", "Beyoncé", 2));
        events.add(play("e4", "u2", "t-one", "One", "Alpha", 3));
        events.add(play("e5", "u3", "t-duet", "Duet", "Alpha & Beta", 4));
        assertThat(server.post("/v1/events", "application/json", "[" + String.join(",", events) + "]").statusCode())
                .isEqualTo(200);
    }

    static String play(String id, String user, String track, String title, String artist, int second) {
        return play(id, user, track, title, artist, NOW.plusSeconds(second));
    }

    static String play(String id, String user, String track, String title, String artist, Instant at) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"play\",\"user_id\":\"" + user + "\",\"track_id\":\""
                + track + "\",\"timestamp\":\"" + at + "\",\"platform\":\"spotify\","
                + "\"ms_played\":60000,\"track\":{\"title\":\"" + title + "\",\"artist\":\"" + artist + "\"}}";
    }

    @Test
    void savedRulesRoundTripAndStartEmpty() throws Exception {
        JsonNode empty = ok(server.get("/v1/rules"));
        assertThat(empty.path("exclude").path("artists")).isEmpty();
        assertThat(empty.path("merges")).isEmpty();
        assertThat(empty.hasNonNull("updated_at")).isFalse();
        assertThat(empty.path("excluded_listens").asLong()).isZero();

        JsonNode saved = ok(put("{\"exclude\":{\"artists\":[\" Alpha \"],\"podcasts\":true},"
                + "\"merges\":[{\"into\":\"Beyoncé\",\"names\":[\"Beyonce\"]}],\"splits\":[{\"artist\":\"Alpha & Beta\"}]}"));

        assertThat(saved.path("exclude").path("artists").get(0).asText()).isEqualTo("Alpha");
        assertThat(saved.path("exclude").path("podcasts").asBoolean()).isTrue();
        assertThat(saved.path("splits").get(0).path("into").toString()).isEqualTo("[\"Alpha\",\"Beta\"]");
        assertThat(saved.hasNonNull("updated_at")).isTrue();
        // Alpha's own play, and the duet, which counts for Alpha too.
        assertThat(saved.path("excluded_listens").asLong()).isEqualTo(2);
        JsonNode read = ok(server.get("/v1/rules"));
        assertThat(read).isEqualTo(saved);
        JsonNode again = ok(put(read.toString()));
        assertThat(again.path("exclude")).isEqualTo(read.path("exclude"));
        assertThat(again.path("merges")).isEqualTo(read.path("merges"));
        assertThat(again.path("splits")).isEqualTo(read.path("splits"));
    }

    @Test
    void anExcludedArtistLeavesTopArtistsAndTotalsAndComesBackWhenCleared() throws Exception {
        JsonNode before = ok(server.get("/v1/analytics/overview"));
        assertThat(artists()).contains("Alpha");

        ok(put("{\"exclude\":{\"artists\":[\"alpha\"]}}"));

        // "Alpha & Beta" is another credit until a split says it counts for Alpha.
        assertThat(artists()).doesNotContain("Alpha").contains("Alpha & Beta");
        assertThat(ok(server.get("/v1/analytics/overview")).path("plays").asLong())
                .isEqualTo(before.path("plays").asLong() - 1);
        assertThat(ok(server.get("/v1/analytics/top-tracks")).toString()).doesNotContain("t-one");

        ok(put("{}"));

        assertThat(artists()).contains("Alpha");
        assertThat(ok(server.get("/v1/analytics/overview")).path("plays")).isEqualTo(before.path("plays"));
    }

    @Test
    void mergedSpellingsAreOneArtistWithTheirPlaysSummed() throws Exception {
        assertThat(artists()).contains("Beyonce", "Beyoncé");

        ok(put("{\"merges\":[{\"into\":\"Beyoncé\",\"names\":[\"Beyonce\"]}]}"));

        JsonNode items = ok(server.get("/v1/analytics/top-artists")).path("items");
        assertThat(artists()).contains("Beyoncé").doesNotContain("Beyonce");
        assertThat(items.get(0).path("artist").asText()).isEqualTo("Beyoncé");
        assertThat(items.get(0).path("plays").asLong()).isEqualTo(3);
    }

    @Test
    void badRulesAreRefusedNamingEachField() throws Exception {
        HttpResponse<String> r = put("{\"exclude\":{\"artists\":[\"\",\"x\",\"X\"]},\"splits\":[{\"artist\":\"Simon & Garfunkel\"}]}");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("invalid_rules");
        assertThat(error.path("details").findValuesAsText("field"))
                .containsExactly("exclude.artists[0]", "exclude.artists[2]", "splits[0].artist");
        assertThat(r.body()).doesNotContainIgnoringCase("duckdb").doesNotContain("Exception");

        HttpResponse<String> unknown = put("{\"exclude\":{\"artist\":[\"x\"]}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("error").path("message").asText()).contains("unknown field 'artist'");
        assertThat(ok(server.get("/v1/rules")).hasNonNull("updated_at")).isFalse();
    }

    @Test
    void readingNeedsTheReadScopeAndChangingTheAdminScope() throws Exception {
        String admin = key("{\"scopes\":[\"admin\"]}", null);
        String read = key("{\"scopes\":[\"read\"]}", admin);

        assertThat(server.request("GET", "/v1/rules", null, "Authorization", "Bearer " + read).statusCode()).isEqualTo(200);
        assertThat(server.request("PUT", "/v1/rules", "{}", "Content-Type", "application/json",
                "Authorization", "Bearer " + read).statusCode()).isEqualTo(403);
        assertThat(server.request("PUT", "/v1/rules", "{}", "Content-Type", "application/json").statusCode())
                .isEqualTo(401);
        assertThat(server.request("PUT", "/v1/rules", "{}", "Content-Type", "application/json",
                "Authorization", "Bearer " + admin).statusCode()).isEqualTo(200);
    }

    private List<String> artists() throws Exception {
        return ok(server.get("/v1/analytics/top-artists")).path("items").findValuesAsText("artist");
    }

    private HttpResponse<String> put(String body) {
        return server.request("PUT", "/v1/rules", body, "Content-Type", "application/json");
    }

    private String key(String body, String admin) throws Exception {
        HttpResponse<String> r = admin == null
                ? server.request("POST", "/v1/keys", body, "Content-Type", "application/json")
                : server.request("POST", "/v1/keys", body, "Content-Type", "application/json", "Authorization", "Bearer " + admin);
        assertThat(r.statusCode()).isEqualTo(201);
        return JSON.readTree(r.body()).path("secret").asText();
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
