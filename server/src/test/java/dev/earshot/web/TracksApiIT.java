package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/tracks/{id} and /similar on a real server. */
class TracksApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An hour before the server's "now", which is the test kit's. */
    static final Instant NOW = Events.T0.minusSeconds(3600);

    @TempDir
    Path dir;

    /** Ten listeners who all play r1, r2, r3 and a track nobody describes. */
    private static String coListened() {
        StringBuilder batch = new StringBuilder("[");
        for (int u = 0; u < 10; u++) {
            for (String track : List.of("r1", "r2", "r3", "mystery")) {
                String meta = track.equals("mystery") ? ""
                        : ",\"track\":{\"title\":\"Song " + track + "\",\"artist\":\"Band\",\"genres\":[\"rock\"]}";
                batch.append(batch.length() > 1 ? "," : "").append("{\"event_id\":\"c").append(u).append(track)
                        .append("\",\"event_type\":\"complete\",\"user_id\":\"u").append(u).append("\",\"track_id\":\"")
                        .append(track).append("\",\"timestamp\":\"").append(NOW).append("\",\"platform\":\"spotify\"")
                        .append(",\"ms_played\":200000,\"duration_ms\":200000").append(meta).append('}');
            }
        }
        return batch.append(']').toString();
    }

    @Test
    void showsCatalogEntriesAndTheTracksMostLikeOne() throws Exception {
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("t.duckdb")).withPort(0),
                Events.CLOCK)) {
            server.post("/v1/events", "application/json", coListened());
            assertThat(server.post("/v1/models/rebuild", null, "").statusCode()).isEqualTo(200);

            JsonNode r1 = JSON.readTree(server.get("/v1/tracks/r1").body());
            assertThat(r1.get("title").asText()).isEqualTo("Song r1");
            assertThat(r1.get("genres").get(0).asText()).isEqualTo("rock");
            assertThat(server.get("/v1/tracks/mystery").statusCode()).as("no metadata stored").isEqualTo(404);

            JsonNode similar = JSON.readTree(server.get("/v1/tracks/mystery/similar").body());
            List<String> ids = new ArrayList<>();
            similar.get("similar").forEach(t -> ids.add(t.get("track_id").asText()));
            assertThat(ids).containsExactlyInAnyOrder("r1", "r2", "r3");
            assertThat(similar.get("similar").get(0).get("artist").asText()).isEqualTo("Band");
            assertThat(JSON.readTree(server.get("/v1/tracks/mystery/similar?limit=1").body()).get("similar")).hasSize(1);
            assertThat(server.get("/v1/tracks/mystery/similar?limit=11").statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(server.get("/v1/tracks/unheard/similar").body()).get("similar")).isEmpty();
        }
    }

    @Test
    void hasNoSimilarityWithoutEnrichment() {
        try (RunningServer server = RunningServer.start(
                EarshotConfig.defaults(dir.resolve("off.duckdb")).withPort(0).withEnrich(false))) {
            assertThat(server.get("/v1/tracks/r1/similar").statusCode()).isEqualTo(409);
        }
    }
}
