package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.AuthMode;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --pseudonymise-key-file the listener's own id never reaches the file (events, refused events, the
 * per-user copy), yet the API still answers for them by that id: their events, profile and erasure.
 */
class PseudonymisationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LISTENER = "alice.listener@example.org";

    @TempDir
    Path dir;

    @Test
    void keepsOnlyAKeyedPseudonymAndAnswersByTheRealId() throws Exception {
        Path db = dir.resolve("earshot.duckdb");
        Path key = dir.resolve("pseudonyms.key");
        SecuritySettings d = SecuritySettings.defaults();
        SecuritySettings security = new SecuritySettings(AuthMode.OFF, false, d.ratePerMinute(), List.of(), List.of(),
                null, null, d.compactWithin(), key);
        Instant at = Events.T0.minusSeconds(3600);
        String pseudonym;
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(db).withPort(0).withSecurity(security), Events.CLOCK)) {
            String good = event("e1", at, "play");
            String bad = event("e2", at, "scratch");
            assertThat(server.post("/v1/events", "application/json", "[" + good + "," + bad + "]").statusCode())
                    .isEqualTo(200);
            // Text too broken to parse still has its user id replaced.
            server.post("/v1/events", "application/x-ndjson", "{\"event_id\":\"e3\",\"user_id\":\"" + LISTENER + "\",\n");

            JsonNode page = JSON.readTree(server.get("/v1/events?user_id=" + LISTENER).body());
            assertThat(page.get("events")).hasSize(1);
            pseudonym = page.get("events").get(0).get("user_id").asText();
            assertThat(pseudonym).matches("p_[0-9a-f]{32}").isNotEqualTo(LISTENER);
            // The pseudonym names the same listener: the dashboard links by it.
            assertThat(JSON.readTree(server.get("/v1/events?user_id=" + pseudonym).body()).get("events")).hasSize(1);
            assertThat(server.get("/v1/users/" + LISTENER + "/profile").statusCode()).isEqualTo(200);
        }
        assertThat(Files.readString(key).strip()).hasSize(64);
        assertThat(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1)).doesNotContain(LISTENER);

        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(db).withPort(0).withSecurity(security), Events.CLOCK)) {
            // The same key file gives the same pseudonym after a restart, so history stays joined.
            JsonNode page = JSON.readTree(server.get("/v1/events?user_id=" + LISTENER).body());
            assertThat(page.get("events").get(0).get("user_id").asText()).isEqualTo(pseudonym);
            assertThat(server.delete("/v1/users/" + LISTENER).statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(server.get("/v1/events?user_id=" + LISTENER).body()).get("events")).isEmpty();
        }
    }

    private static String event(String id, Instant at, String type) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"" + type + "\",\"user_id\":\"" + LISTENER
                + "\",\"track_id\":\"t1\",\"timestamp\":\"" + at + "\",\"platform\":\"spotify\"}";
    }
}
