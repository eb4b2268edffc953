package dev.earshot.cli;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichBackfillCommandIT {
    @TempDir
    Path dir;

    @Test
    void enrichesEventsStoredWhileEnrichmentWasOffOnceItIsOn() {
        Path db = dir.resolve("b.duckdb");
        try (RunningServer off = RunningServer.start(EarshotConfig.defaults(db).withPort(0).withEnrich(false), Events.CLOCK)) {
            assertThat(off.post("/v1/events", "application/json", Events.batch("b", 25, T0)).statusCode())
                    .isEqualTo(200);
            assertThat(off.earshot().warehouse().event("b0").orElseThrow().enrichment()).isNull();
        }
        try (RunningServer on = RunningServer.start(EarshotConfig.defaults(db).withPort(0), Events.CLOCK)) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new EarshotCommand()).setOut(new PrintWriter(out));
            int exit = cli.execute("enrich", "backfill", "--server", on.uri("/").toString());
            assertThat(exit).isZero();
            assertThat(out.toString()).contains("done: 25 events enriched again");
            assertThat(on.earshot().warehouse().event("b0").orElseThrow().enrichment()).isNotNull();
            assertThat(on.get("/v1/models/backfill").body()).contains("\"state\":\"done\"", "\"enriched\":25");
            assertThat(on.post("/v1/models/backfill", "application/json", "{\"form\":\"x\"}").statusCode())
                    .isEqualTo(400);
        }
    }
}
