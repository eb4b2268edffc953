package dev.earshot.stream.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.event.ListenEvent;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL sink on a Flink MiniCluster against a real PostgreSQL server (Debian's, started by the test):
 * the table gets the events table's rows, every column, and a replay (what a restart from a checkpoint sends
 * again) updates rows instead of adding them.
 */
class PostgresSinkIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void postgresInstalled() {
        // Skipped on a developer machine without the server; in CI (.ci/run installs it) a missing server fails.
        assertThat(PostgresServer.installed() || System.getenv("CI") == null).as("PostgreSQL 15 in CI").isTrue();
        assumeTrue(PostgresServer.installed(), "no PostgreSQL server in " + PostgresServer.BIN
                + " (apt-get install postgresql): skipped");
    }

    @Test
    void holdsTheEventsTableRowsOnceEachAfterAReplay() throws Exception {
        List<StoredEvent> events = new ArrayList<>(ExportRows.events(600, 11));
        // A client that reuses an id on another day sends a second event (the dedupe key is id and day).
        ListenEvent first = events.get(0).event();
        events.add(new StoredEvent(new ListenEvent(first.eventId(), first.eventType(), first.userId(), first.trackId(),
                first.timestamp().plus(Duration.ofDays(1)), null, first.platform(), null, null, null, null, null, null,
                null, null), first.timestamp().plus(Duration.ofDays(1))));
        try (PostgresServer pg = PostgresServer.start()) {
            PostgresTarget target = new PostgresTarget(pg.url(), "events", 50);
            write(events, target);
            // A replay after a restart: rows already written, some with what the job computed the second time.
            List<StoredEvent> replay = new ArrayList<>();
            for (int i = 100; i < 400; i++) {
                StoredEvent e = events.get(i);
                replay.add(i % 2 == 0 ? e : new StoredEvent(e.event(), e.receivedAt().plusSeconds(60), e.enrichment()));
            }
            write(replay, target);
            for (int i = 100; i < 400; i++) {
                events.set(i, replay.get(i - 100));
            }

            try (Connection c = pg.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM events ORDER BY event_id, ts")) {
                List<List<Object>> rows = ExportRows.read(rs);
                assertThat(rows).hasSize(events.size());
                assertThat(rows).containsExactlyElementsOf(ExportRows.expected(events, dir));
            }
        }
    }

    private static void write(List<StoredEvent> events, PostgresTarget target) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, new Configuration());
        env.fromData(events).sinkTo(new PostgresSink(target)).name("postgres");
        env.execute("postgres-sink-test");
    }
}
