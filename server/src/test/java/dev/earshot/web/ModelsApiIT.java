package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsApiIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void saysHowFreshTheModelIsAndStartsMeasuringItOnFirstAsk() throws Exception {
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("m.duckdb")).withPort(0),
                Events.CLOCK)) {
            server.post("/v1/events", "application/json", Events.batch("m", 10, Events.T0.minusSeconds(60)));
            assertThat(server.post("/v1/models/rebuild", null, "").statusCode()).isEqualTo(200);

            JsonNode models = JSON.readTree(server.get("/v1/models").body());

            assertThat(models.get("evaluation").asText()).isIn("running", "done");
            assertThat(models.get("similarity").get("built_at").asText()).isNotBlank();
            assertThat(models.get("similarity").get("events").asInt()).isEqualTo(10);
            // The recommenders are measured a while after start, not on this request.
            assertThat(models.has("recommendation")).isFalse();
        }
    }
}
