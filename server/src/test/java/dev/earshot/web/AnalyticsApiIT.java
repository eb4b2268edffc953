package dev.earshot.web;

import static dev.earshot.testkit.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytics API against a real server: answers in the contract's shape, and 400s for bad parameters. */
class AnalyticsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An hour before the server's "now", which is the test kit's: the answers do not move with the date. */
    static final Instant NOW = Events.T0.minusSeconds(3600);

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @BeforeEach
    void seed() {
        String body = "[" + json("a1", "u1", NOW, "play", "spotify") + "," + json("a2", "u2", NOW.plusSeconds(1), "play", "spotify")
                + "," + json("a3", "u2", NOW.plusSeconds(2), "like", "apple_music") + "]";
        assertThat(server.post("/v1/events", "application/json", body).statusCode()).isEqualTo(200);
    }

    @Test
    void overviewCountsTheLastSevenDaysByDefault() throws Exception {
        JsonNode o = ok("/v1/analytics/overview");
        assertThat(o.get("events").asLong()).isEqualTo(3);
        assertThat(o.get("listeners").asLong()).isEqualTo(2);
        assertThat(o.get("plays").asLong()).isEqualTo(2);
        assertThat(o.get("like_rate").asDouble()).isEqualTo(0.5);
        assertThat(o.has("minutes_listened")).isTrue();
        assertThat(o.get("range").has("from")).isTrue();
    }

    @Test
    void blankParametersMeanTheSameAsMissingOnes() throws Exception {
        JsonNode blank = ok("/v1/analytics/overview?platform=&country=&from=&to=&bucket=");
        assertThat(blank.get("events").asLong()).isEqualTo(3);
        assertThat(ok("/v1/analytics/top-tracks?limit=&by=").get("items")).isNotEmpty();
    }

    @Test
    void topTracksFollowTheFiltersAndKeepNullPreviousRanks() throws Exception {
        JsonNode top = ok("/v1/analytics/top-tracks?platform=spotify&by=plays&limit=5");
        assertThat(top.get("by").asText()).isEqualTo("plays");
        JsonNode first = top.get("items").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("plays").asLong()).isEqualTo(2);
        assertThat(first.has("previous_rank")).isTrue();
        assertThat(first.get("previous_rank").isNull()).isTrue();
        assertThat(ok("/v1/analytics/platforms").get("items")).hasSize(2);
        // "San Francisco, CA" resolves to the US: the country filter finds these events, and only them.
        assertThat(ok("/v1/analytics/top-tracks?country=us").get("items")).isNotEmpty();
        assertThat(ok("/v1/analytics/top-tracks?country=de").get("items")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"from=yesterday,from", "platform=napster,platform", "country=USA,country", "bucket=week,bucket",
        "limit=0,limit", "from=2024-01-02T00:00:00Z&to=2024-01-01T00:00:00Z,from"})
    void refusesBadParametersWith400(String query, String field) throws Exception {
        String route = field.equals("bucket") ? "event-mix" : "top-tracks";
        HttpResponse<String> r = server.get("/v1/analytics/" + route + "?" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
        assertThat(error.get("details").get(0).get("field").asText()).isEqualTo(field);
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
