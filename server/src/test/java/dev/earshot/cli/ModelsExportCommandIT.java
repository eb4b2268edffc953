package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.enrich.Enricher;
import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code earshot models export --to FILE} saves what the running server enriches with, for the stream job. */
class ModelsExportCommandIT {
    @TempDir
    Path dir;

    @Test
    void writesTheServersCatalogAndModelWithItsModelVersion() throws Exception {
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("e.duckdb")).withPort(0), Events.CLOCK)) {
            server.post("/v1/events", "application/json", Events.batch("m", 10, Events.T0.minusSeconds(60)));
            assertThat(server.post("/v1/models/rebuild", null, "").statusCode()).isEqualTo(200);
            Path file = dir.resolve("models/snapshot.json");
            int code = new CommandLine(new EarshotCommand()).execute("models", "export",
                    "--server", server.uri("/").toString(), "--to", file.toString());
            assertThat(code).isZero();
            byte[] snapshot = Files.readAllBytes(file);
            assertThat(ModelSnapshot.modelVersion(snapshot)).isEqualTo(Enricher.MODEL_VERSION);
            assertThat(new String(snapshot, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("spotify:track:4iV5W9uYEdYUVa79Axb7Rh").contains("co_listening");
            ModelSnapshot.pipeline(snapshot);
        }
    }
}
