package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles, Wrapped and segment audiences over HTTP against a real server and DuckDB file. */
class UsersAndSegmentsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An hour before the server's "now", which is the test kit's: the answers do not move with the date. */
    static final Instant NOW = Events.T0.minusSeconds(3600);
    static final String HOSTILE = "fan,\"one\" 🎸";

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @BeforeEach
    void seed() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 4; i++) {
            body.append(i == 0 ? "" : ",").append(play("h" + i, HOSTILE, NOW.plusSeconds(i * 300L), 180_000));
        }
        body.append(",").append(play("o1", "other", NOW, 60_000)).append("]");
        assertThat(server.post("/v1/events", "application/json", body.toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void answersAProfileWithRecentEventsAsInTheEventsApi() throws Exception {
        HttpResponse<String> r = server.get("/v1/users/" + enc(HOSTILE) + "/profile");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("user_id").asText()).isEqualTo(HOSTILE);
        assertThat(p.get("plays").asLong()).isEqualTo(4);
        assertThat(p.get("minutes").asDouble()).isEqualTo(12.0);
        assertThat(p.get("top_artists").get(0).get("artist").asText()).isEqualTo("Queen");
        assertThat(p.get("clock")).hasSize(24);
        assertThat(p.get("recent_events")).hasSize(4);
        assertThat(p.get("recent_events").get(0).get("event_id").asText()).isEqualTo("h3");
        assertThat(p.get("recent_events").get(0).has("received_at")).isTrue();
        assertThat(p.get("range").has("from")).isTrue();
        assertThat(p.get("segments").isArray()).isTrue();
    }

    @Test
    void answers404ForAnUnknownUser() throws Exception {
        HttpResponse<String> r = server.get("/v1/users/nobody/profile");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("not_found");
        assertThat(server.get("/v1/users/nobody/wrapped").statusCode()).isEqualTo(404);
    }

    @Test
    void answersWrappedWithTheTopTrackAndPercentile() throws Exception {
        JsonNode w = JSON.readTree(server.get("/v1/users/" + enc(HOSTILE) + "/wrapped").body());
        assertThat(w.get("minutes").asDouble()).isEqualTo(12.0);
        assertThat(w.get("top_track").get("track_id").asText()).isEqualTo("spotify:track:anthem");
        assertThat(w.get("top_track").get("minutes").asDouble()).isEqualTo(12.0);
        assertThat(w.get("top_artist").get("artist").asText()).isEqualTo("Queen");
        assertThat(w.get("discoveries").asLong()).isEqualTo(1);
        assertThat(w.get("percentile").asDouble()).isEqualTo(100.0);
    }

    @Test
    void findsUsersByPrefixMostActiveFirst() throws Exception {
        JsonNode items = JSON.readTree(server.get("/v1/users?q=").body()).get("items");
        assertThat(items.get(0).get("user_id").asText()).isEqualTo(HOSTILE);
        assertThat(items.get(0).get("plays").asLong()).isEqualTo(4);
        assertThat(JSON.readTree(server.get("/v1/users?q=oth").body()).get("items")).hasSize(1);
        // With a range, "most active" counts that range only: nothing was played in 2001.
        assertThat(JSON.readTree(server.get("/v1/users?q=&from=2001-01-01T00:00:00Z&to=2001-02-01T00:00:00Z").body())
                .get("items")).isEmpty();
    }

    @Test
    void answersASegmentAudienceAndRefusesAnUnknownMoodByField() throws Exception {
        JsonNode a = JSON.readTree(server.get("/v1/segments/audience?artist=queen&min_listens=2").body());
        assertThat(a.get("audience").asLong()).isEqualTo(1);
        assertThat(a.get("share_of_listeners").asDouble()).isEqualTo(0.5);
        assertThat(a.get("sample_users").get(0).get("user_id").asText()).isEqualTo(HOSTILE);
        assertThat(a.get("rule").get("artist").asText()).isEqualTo("queen");
        HttpResponse<String> bad = server.get("/v1/segments/audience?mood=grumpy");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("details").get(0).get("field").asText()).isEqualTo("mood");
    }

    @Test
    void refusesAGenreNoListenCarriesAndListsTheAllowedOnes() throws Exception {
        HttpResponse<String> polka = server.get("/v1/segments/audience?genre=polka");
        assertThat(polka.statusCode()).isEqualTo(400);
        JsonNode detail = JSON.readTree(polka.body()).get("error").get("details").get(0);
        assertThat(detail.get("field").asText()).isEqualTo("genre");
        assertThat(detail.get("message").asText()).contains("polka").contains("rock, hip_hop");
        assertThat(server.get("/v1/segments/audience.csv?genre=polka").statusCode()).isEqualTo(400);
        assertThat(server.get("/v1/segments/audience?context=beach").statusCode()).isEqualTo(400);
        assertThat(server.get("/v1/segments/audience?genre=rock&min_listens=1").statusCode()).isEqualTo(200);
    }

    @Test
    void exportsTheAudienceAsACsvAttachment() throws Exception {
        HttpResponse<String> r = server.get("/v1/segments/audience.csv?artist=Queen&min_listens=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(csv.schemaWithHeader()).readValues(r.body())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(2);
            assertThat(all.get(0)).containsEntry("user_id", HOSTILE).containsEntry("matching_listens", "4")
                    .containsEntry("country", "US").containsEntry("platform", "spotify");
        }
    }

    @Test
    void listsThePresetsWithTheTopArtistFilledIn() throws Exception {
        JsonNode items = JSON.readTree(server.get("/v1/segments/presets").body()).get("items");
        assertThat(items.findValuesAsText("id")).contains("energetic-rock", "top-artist-fans", "workout");
        JsonNode fans = null;
        for (JsonNode p : items) {
            fans = p.get("id").asText().equals("top-artist-fans") ? p : fans;
        }
        assertThat(fans.get("rule").get("artist").asText()).isEqualTo("Queen");
    }

    @Test
    void appliesPlatformAndCountryFiltersToProfilesAndWrapped() throws Exception {
        String user = "/v1/users/" + enc(HOSTILE);
        assertThat(JSON.readTree(server.get(user + "/profile?platform=spotify").body()).get("plays").asLong())
                .isEqualTo(4);
        JsonNode tidal = JSON.readTree(server.get(user + "/profile?platform=tidal").body());
        assertThat(tidal.get("plays").asLong()).isZero();
        assertThat(tidal.get("recent_events")).isEmpty();
        // "San Francisco, CA" resolves to the US, so its events pass a US filter and no other.
        assertThat(JSON.readTree(server.get(user + "/wrapped?country=US").body()).get("minutes").asDouble()).isPositive();
        assertThat(JSON.readTree(server.get(user + "/wrapped?country=DE").body()).get("minutes").asDouble()).isZero();
        HttpResponse<String> bad = server.get(user + "/profile?platform=napster");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("details").get(0).get("field").asText()).isEqualTo("platform");
    }

    @Test
    void erasesAUserSoTheirProfileIsGoneAndOthersStay() throws Exception {
        HttpResponse<String> r = server.delete("/v1/users/" + enc(HOSTILE));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode erased = JSON.readTree(r.body());
        assertThat(erased.get("user_id").asText()).isEqualTo(HOSTILE);
        assertThat(erased.get("deleted_events").asLong()).isEqualTo(4);
        assertThat(server.get("/v1/users/" + enc(HOSTILE) + "/profile").statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/events?user_id=" + enc(HOSTILE)).body()).doesNotContain("\"h0\"");
        assertThat(JSON.readTree(server.get("/v1/users/other/profile").body()).get("plays").asLong()).isEqualTo(1);
        assertThat(server.delete("/v1/users/" + enc(HOSTILE)).statusCode()).isEqualTo(404);
        assertThat(erased.get("removed").get("events").asLong()).isEqualTo(4);
        assertThat(erased.get("removed").has("rejected_events")).isTrue();
        HttpResponse<String> compacted = server.post("/v1/admin/compact", "application/json", "{}");
        assertThat(compacted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(compacted.body()).get("erasures").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(server.get("/v1/users/other/profile").body()).get("plays").asLong()).isEqualTo(1);
    }

    private static String play(String id, String user, Instant at, long msPlayed) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"play\",\"user_id\":" + quote(user)
                + ",\"track_id\":\"spotify:track:anthem\",\"timestamp\":\"" + at + "\",\"platform\":\"spotify\","
                + "\"location\":\"San Francisco, CA\",\"ms_played\":" + msPlayed + ",\"duration_ms\":200000,"
                + "\"track\":{\"title\":\"Anthem\",\"artist\":\"Queen\",\"duration_ms\":200000,\"genres\":[\"rock\"]}}";
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
