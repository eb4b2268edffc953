package dev.earshot.web;

import static dev.earshot.testkit.Events.batch;
import static dev.earshot.testkit.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ingest and event API against a real server on a random port and a real DuckDB file. */
class EventsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String APPLICATION_JSON = "application/json";
    /** An hour before the server's "now", which is the test kit's: the answers do not move with the date. */
    static final Instant NOW = Events.T0.minusSeconds(3600);

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @Test
    void storesOneEventAndReadsItBack() throws Exception {
        HttpResponse<String> post = server.post("/v1/events", APPLICATION_JSON, json("evt-1", "user123", NOW));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(tree(post)).isEqualTo(JSON.readTree("{\"accepted\":1,\"duplicates\":0,\"rejected\":[]}"));

        JsonNode event = tree(server.get("/v1/events/evt-1"));
        assertThat(event.get("user_id").asText()).isEqualTo("user123");
        assertThat(event.get("timestamp").asText()).isEqualTo(NOW.toString());
        assertThat(event.get("location").get("city").asText()).isEqualTo("San Francisco");
        assertThat(event.get("location").get("region").asText()).isEqualTo("CA");
        assertThat(event.has("received_at")).isTrue();
    }

    @Test
    void marksEachEventWithItsSourceAndFiltersSimulatedOnesInOrOut() throws Exception {
        server.post("/v1/events", APPLICATION_JSON, json("from-api", "src-user", NOW));
        HttpResponse<String> simulated = server.request("POST", "/v1/events", json("from-sim", "src-user",
                NOW.plusSeconds(1)), "Content-Type", APPLICATION_JSON, "Earshot-Source", "simulation");
        assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
        HttpResponse<String> claimed = server.request("POST", "/v1/events", json("from-lb", "src-user",
                NOW.plusSeconds(2)), "Content-Type", APPLICATION_JSON, "Earshot-Source", "listenbrainz");
        assertThat(claimed.statusCode()).isEqualTo(400);

        assertThat(tree(server.get("/v1/events/from-api")).path("source").asText()).isEqualTo("api");
        assertThat(tree(server.get("/v1/events/from-sim")).path("source").asText()).isEqualTo("simulation");
        assertThat(ids(tree(server.get("/v1/events?user_id=src-user&source=simulation")))).containsExactly("from-sim");
        assertThat(ids(tree(server.get("/v1/events?user_id=src-user&exclude_source=simulation"))))
                .containsExactly("from-api");
        HttpResponse<String> bad = server.get("/v1/events?source=NOT%20A%20SOURCE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"source\"");
    }

    @Test
    void storesTheGoodEventsOfABatchAndReportsTheBadOnesByIndexAndField() throws Exception {
        String body = "[" + json("ok-1", "u", NOW) + ","
                + "{\"event_id\":\"bad-1\",\"event_type\":\"scratch\",\"user_id\":\"u\",\"track_id\":\"t\","
                + "\"timestamp\":\"" + NOW + "\",\"platform\":\"spotify\",\"ms_played\":-5},"
                + json("ok-2", "u", NOW.plusSeconds(1)) + "]";
        HttpResponse<String> post = server.post("/v1/events", APPLICATION_JSON, body);
        assertThat(post.statusCode()).isEqualTo(200);
        JsonNode answer = tree(post);
        assertThat(answer.get("accepted").asInt()).isEqualTo(2);
        JsonNode rejected = answer.get("rejected").get(0);
        assertThat(rejected.get("index").asInt()).isEqualTo(1);
        assertThat(rejected.get("event_id").asText()).isEqualTo("bad-1");
        assertThat(fields(rejected.get("errors"))).containsExactlyInAnyOrder("event_type", "ms_played");
        assertThat(server.get("/v1/events/ok-2").statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/events/bad-1").statusCode()).isEqualTo(404);
    }

    @Test
    void keepsRejectedEventsWithRawTextAndReasons() throws Exception {
        String bad = "{\"event_id\":\"bad-🎵\",\"event_type\":\"play\"}";
        server.post("/v1/events", APPLICATION_JSON, "[" + json("ok", "u", NOW) + "," + bad + "]");
        server.close();
        try (var conn = DriverManager.getConnection("jdbc:duckdb:" + server.dir().resolve("earshot.duckdb"));
             ResultSet rs = conn.createStatement().executeQuery(
                     "SELECT idx, event_id, raw, kind, errors, received_at FROM rejected_events")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("idx")).isEqualTo(1);
            assertThat(rs.getString("event_id")).isEqualTo("bad-🎵");
            assertThat(rs.getString("raw")).isEqualTo(bad);
            assertThat(rs.getString("kind")).isEqualTo("invalid");
            assertThat(rs.getString("errors")).contains("user_id").contains("is required");
            assertThat(rs.getTimestamp("received_at")).isNotNull();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void acceptsNdjsonAndRejectsOnlyTheUnreadableLine() throws Exception {
        String body = json("n-1", "u", NOW) + "\n{\"event_id\": \"n-2\", oops}\n\n" + json("n-3", "u", NOW) + "\n";
        HttpResponse<String> post = server.post("/v1/events", "application/x-ndjson", body);
        assertThat(post.statusCode()).isEqualTo(200);
        JsonNode answer = tree(post);
        assertThat(answer.get("accepted").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(answer.get("rejected").get(0).get("errors").get(0).get("message").asText()).contains("line 2");
    }

    @Test
    void answers422WhenNoEventIsValid() throws Exception {
        HttpResponse<String> post = server.post("/v1/events", APPLICATION_JSON, "[{\"event_id\":\"x\"},{}]");
        assertThat(post.statusCode()).isEqualTo(422);
        JsonNode answer = tree(post);
        assertThat(answer.get("error").get("code").asText()).isEqualTo("invalid_events");
        assertThat(answer.get("rejected")).hasSize(2);
        assertThat(answer.get("accepted").asInt()).isZero();
    }

    @Test
    void answers400WithLineAndColumnForMalformedJson() throws Exception {
        HttpResponse<String> post = server.post("/v1/events", APPLICATION_JSON, "[\n  {\"event_id\": \"a\",,}\n]");
        assertThat(post.statusCode()).isEqualTo(400);
        JsonNode error = tree(post).get("error");
        assertThat(error.get("code").asText()).isEqualTo("malformed_json");
        assertThat(error.get("details").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("line 2");
    }

    @Test
    void answers413ForABodyOverTheLimitAndForTooManyEvents() throws Exception {
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> tooBig = server.post("/v1/events", APPLICATION_JSON, huge);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tree(tooBig).get("error").get("code").asText()).isEqualTo("body_too_large");

        HttpResponse<String> tooMany = server.post("/v1/events", APPLICATION_JSON, "[" + "{},".repeat(1000) + "{}]");
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tree(tooMany).get("error").get("code").asText()).isEqualTo("too_many_events");
        assertThat(server.earshot().warehouse().countRejected()).isZero();
    }

    @Test
    void honoursConfiguredLimits() throws Exception {
        EarshotConfig base = EarshotConfig.defaults(server.dir().resolve("limits.duckdb")).withPort(0);
        try (RunningServer limited = RunningServer.start(new EarshotConfig(base.host(), 0, base.database(), null, 2_000, 2,
                base.validation(), base.writer(), base.ackTimeout(), base.dedupeMaxResidentIds(), false, true,
                base.modelRebuildInterval(), base.modelWindow(), null, base.limits(), base.security(), null, null), Events.CLOCK)) {
            assertThat(limited.post("/v1/events", APPLICATION_JSON, batch("l", 3, NOW)).statusCode()).isEqualTo(413);
            assertThat(limited.post("/v1/events", APPLICATION_JSON, batch("l", 2, NOW)).statusCode()).isEqualTo(200);
            assertThat(limited.post("/v1/events", APPLICATION_JSON, " ".repeat(2_001)).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void answers415ForOtherMediaTypes() throws Exception {
        HttpResponse<String> post = server.post("/v1/events", "text/plain", json("x", "u", NOW));
        assertThat(post.statusCode()).isEqualTo(415);
        assertThat(tree(post).get("error").get("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(server.post("/v1/events", null, json("x", "u", NOW)).statusCode()).isEqualTo(415);
        assertThat(server.post("/v1/events", "application/json; charset=utf-8", json("x", "u", NOW)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void sendingTheSameBatchTwiceStoresNothingNewEvenAfterARestart() throws Exception {
        String body = batch("dup-", 50, NOW);
        assertThat(tree(server.post("/v1/events", APPLICATION_JSON, body)).get("accepted").asInt()).isEqualTo(50);
        JsonNode again = tree(server.post("/v1/events", APPLICATION_JSON, body));
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(50);

        server.restart();
        JsonNode afterRestart = tree(server.post("/v1/events", APPLICATION_JSON, body));
        assertThat(afterRestart.get("duplicates").asInt()).isEqualTo(50);
        assertThat(server.earshot().warehouse().countEvents()).isEqualTo(50);
    }

    @Test
    void listsWithFiltersNewestFirstAndPagesWithACursor() throws Exception {
        server.post("/v1/events", APPLICATION_JSON, batch("p", 30, NOW));
        server.post("/v1/events", APPLICATION_JSON, json("yt", "other", NOW.plusSeconds(100), "like", "youtube_music"));

        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = tree(server.get("/v1/events?user_id=user0&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(ids).containsExactly("p28", "p21", "p14", "p7", "p0");

        assertThat(ids(tree(server.get("/v1/events?platform=youtube_music&event_type=like")))).containsExactly("yt");
        String from = URLEncoder.encode(NOW.plusSeconds(28).toString(), StandardCharsets.UTF_8);
        String to = URLEncoder.encode(NOW.plusSeconds(30).toString(), StandardCharsets.UTF_8);
        assertThat(ids(tree(server.get("/v1/events?from=" + from + "&to=" + to)))).containsExactly("p29", "p28");
    }

    @Test
    void refusesBadQueryParametersWith400() throws Exception {
        for (String query : List.of("limit=0", "limit=abc", "platform=napster", "from=yesterday", "cursor=@@@", "cursor=bm90LWEtY3Vyc29y")) {
            HttpResponse<String> response = server.get("/v1/events?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(tree(response).get("error").get("code").asText()).isEqualTo("invalid_parameter");
        }
    }

    @Test
    void unknownEventIs404InTheErrorShape() throws Exception {
        HttpResponse<String> response = server.get("/v1/events/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(tree(response).get("error").get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void healthIsReadyAndMetricsCountOutcomesInPrometheusFormat() throws Exception {
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(tree(health).get("status").asText()).isEqualTo("ready");

        server.post("/v1/events", APPLICATION_JSON, "[" + json("m1", "u", NOW) + "," + json("m1", "u", NOW) + ",{}]");
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("earshot_events_total{outcome=\"accepted\"} 1.0")
                .contains("earshot_events_total{outcome=\"duplicate\"} 1.0")
                .contains("earshot_events_total{outcome=\"rejected\"} 1.0")
                .contains("earshot_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/events\",status=\"200\"")
                .contains("earshot_writer_commit_seconds_count")
                .contains("earshot_writer_queue_rows")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void healthIsUnavailableOnceTheWarehouseIsClosed() throws Exception {
        server.earshot().warehouse().close();
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(tree(health).get("status").asText()).isEqualTo("unavailable");
    }

    @Test
    void returnsTheInsightComputedAtIngestAndKnowsTracksAgainAfterARestart() throws Exception {
        String withTrack = "{\"event_id\":\"m1\",\"event_type\":\"play\",\"user_id\":\"u\",\"track_id\":\"t-loud\","
                + "\"timestamp\":\"" + NOW + "\",\"platform\":\"spotify\",\"location\":{\"country\":\"DE\",\"city\":\"Berlin\"},"
                + "\"track\":{\"title\":\"Loud\",\"genres\":[\"metal\"],\"audio_features\":{\"energy\":0.95,\"valence\":0.1}}}";
        server.post("/v1/events", APPLICATION_JSON, withTrack);
        JsonNode insight = tree(server.get("/v1/events/m1")).get("enrichments");
        assertThat(insight.get("mood_analysis").get("mood").asText()).isEqualTo("tense");
        assertThat(insight.get("mood_analysis").get("source").asText()).isEqualTo("features");
        assertThat(insight.get("genre_prediction").get("genres").get(0).get("genre").asText()).isEqualTo("metal");
        assertThat(insight.get("listening_context").get("context").asText()).isNotEmpty();
        assertThat(insight.get("engagement_score").asDouble()).isBetween(0.0, 1.0);
        assertThat(insight.get("model_version").asText()).isNotEmpty();
        // Nothing co-listened yet: no similar track is invented (null before the first model, [] after).
        assertThat(insight.get("similar_tracks").isNull() || insight.get("similar_tracks").isEmpty()).isTrue();

        server.restart();
        server.post("/v1/events", APPLICATION_JSON, json("m2", "u", NOW.plusSeconds(5)).replace(
                "spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "t-loud"));
        // No metadata on this event: the mood comes from the catalog the server warmed from the warehouse.
        assertThat(tree(server.get("/v1/events/m2")).get("enrichments").get("mood_analysis").get("mood").asText())
                .isEqualTo("tense");
    }

    @Test
    void aRebuiltCoListeningModelGivesGenresToCatalogLessTracksAndSimilarTracks() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int u = 0; u < 10; u++) {
            for (String track : List.of("r1", "r2", "r3", "mystery")) {
                String meta = track.equals("mystery") ? "" : ",\"track\":{\"genres\":[\"rock\"]}";
                batch.append(batch.length() > 1 ? "," : "").append("{\"event_id\":\"c").append(u).append(track)
                        .append("\",\"event_type\":\"complete\",\"user_id\":\"u").append(u).append("\",\"track_id\":\"")
                        .append(track).append("\",\"timestamp\":\"").append(NOW).append("\",\"platform\":\"spotify\"")
                        .append(",\"ms_played\":200000,\"duration_ms\":200000").append(meta).append('}');
            }
        }
        server.post("/v1/events", APPLICATION_JSON, batch.append(']').toString());

        HttpResponse<String> rebuilt = server.post("/v1/models/rebuild", APPLICATION_JSON, "");
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(tree(rebuilt).get("similarity").get("events").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(tree(rebuilt).get("recommender").get("events").asLong()).isGreaterThanOrEqualTo(40);

        server.post("/v1/events", APPLICATION_JSON, "{\"event_id\":\"after\",\"event_type\":\"play\",\"user_id\":\"u1\","
                + "\"track_id\":\"mystery\",\"timestamp\":\"" + NOW.plusSeconds(60) + "\",\"platform\":\"spotify\"}");
        JsonNode insight = tree(server.get("/v1/events/after")).get("enrichments");
        assertThat(insight.get("genre_prediction").get("source").asText()).isEqualTo("neighbours");
        assertThat(insight.get("genre_prediction").get("genres").get(0).get("genre").asText()).isEqualTo("rock");
        List<String> similar = new ArrayList<>();
        insight.get("similar_tracks").forEach(t -> similar.add(t.asText()));
        assertThat(similar).containsExactlyInAnyOrder("r1", "r2", "r3");
    }

    @Test
    void storesNoInsightWhenEnrichmentIsOff() throws Exception {
        try (RunningServer plain = RunningServer.start(EarshotConfig.defaults(server.dir().resolve("plain.duckdb"))
                .withPort(0).withEnrich(false), Events.CLOCK)) {
            plain.post("/v1/events", APPLICATION_JSON, json("p1", "u", NOW));
            assertThat(tree(plain.get("/v1/events/p1")).has("enrichments")).isFalse();
            HttpResponse<String> rebuilt = plain.post("/v1/models/rebuild", APPLICATION_JSON, "");
            assertThat(rebuilt.statusCode()).isEqualTo(200);
            assertThat(tree(rebuilt).has("similarity")).as("no co-listening model without enrichment").isFalse();
        }
    }

    @Test
    void servesTheStartPage() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Earshot").contains("/v1/events");
    }

    static JsonNode tree(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static List<String> fields(JsonNode errors) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("event_id").asText()));
        return out;
    }
}
