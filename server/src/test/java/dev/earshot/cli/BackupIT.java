package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * earshot backup under concurrent ingest, then earshot restore: the restored file holds at least every event
 * acknowledged before the backup began, each once, and restore refuses to overwrite a file without --force.
 */
class BackupIT {
    @TempDir
    Path dir;

    @Test
    void backsUpWhileIngestGoesOnAndRestoresEveryAcknowledgedEvent() throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("live.duckdb")).withPort(0)
                .withEnrich(false))) {
            Thread ingest = new Thread(() -> {
                for (int batch = 0; !stop.get(); batch++) {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < 50; i++) {
                        body.append(i == 0 ? "" : ",").append(play("b" + batch + "-" + i, "u" + (i % 7)));
                    }
                    HttpResponse<String> r = server.post("/v1/events", "application/json", body.append(']').toString());
                    if (r.statusCode() == 200) {
                        acknowledged.addAndGet(50);
                    }
                }
            });
            ingest.start();
            while (acknowledged.get() < 500) {
                Thread.sleep(20);
            }
            long before = acknowledged.get();
            int code = run("backup", "--to", dir.resolve("backup").toString(), "--server",
                    "http://127.0.0.1:" + server.earshot().port());
            assertThat(code).isZero();
            long after = acknowledged.get();
            stop.set(true);
            ingest.join(60_000);
            assertThat(after).as("ingest went on during the backup").isGreaterThanOrEqualTo(before);

            Path restored = dir.resolve("restored.duckdb");
            assertThat(run("restore", "--from", dir.resolve("backup").toString(), "--db", restored.toString())).isZero();
            assertThat(run("restore", "--from", dir.resolve("backup").toString(), "--db", restored.toString()))
                    .as("no overwrite without --force").isNotZero();
            assertThat(run("restore", "--from", dir.resolve("backup").toString(), "--db", restored.toString(), "--force"))
                    .isZero();
            try (DuckDbWarehouse w = DuckDbWarehouse.open(restored, "256MB", Events.CLOCK)) {
                long events = w.countEvents();
                long distinct = w.read(conn -> {
                    try (ResultSet rs = conn.createStatement().executeQuery("SELECT count(DISTINCT event_id) FROM events")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                System.out.printf("backup under ingest: %d acknowledged before, %d after, %d restored%n", before, after,
                        events);
                assertThat(events).isGreaterThanOrEqualTo(before).isEqualTo(distinct);
                assertThat(events % 50).as("whole batches only: a consistent moment").isZero();
            }
        }
        assertThat(run("backup", "--to", dir.resolve("backup").toString(), "--server", "http://127.0.0.1:1"))
                .isNotZero();
    }

    private static int run(String... args) {
        CommandLine cl = EarshotCommand.commandLine();
        return cl.execute(args);
    }

    private static String play(String id, String user) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"play\",\"user_id\":\"" + user
                + "\",\"track_id\":\"spotify:track:anthem\",\"timestamp\":\"" + Instant.parse("2026-01-05T10:00:00Z")
                + "\",\"platform\":\"spotify\",\"ms_played\":180000,\"duration_ms\":200000}";
    }
}
