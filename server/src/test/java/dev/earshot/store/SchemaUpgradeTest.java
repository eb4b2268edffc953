package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file written by every older schema version opens with this Earshot: it migrates to the latest version,
 * keeps the events it held, and takes new ones. New migrations are covered without touching this test.
 */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    static IntStream olderVersions() {
        return IntStream.range(1, Schema.MIGRATIONS.size());
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("olderVersions")
    void migratesAFileOfAnOlderVersionAndKeepsItsEvents(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".duckdb");
        writeFileAtVersion(file, version);

        try (DuckDbWarehouse w = DuckDbWarehouse.open(file, "256MB", Events.CLOCK)) {
            assertThat(w.read(SchemaUpgradeTest::version)).isEqualTo(Schema.MIGRATIONS.size());
            // Where an event stored before v8 came from was not recorded: it stays unknown.
            assertThat(w.event("old").orElseThrow().source()).isNull();
            w.write(List.of(new StoredEvent(event("new", "u1", T0.plusSeconds(60)), T0.plusSeconds(60), null,
                    EventOrigin.SIMULATION)), List.of());
            assertThat(w.countEvents()).isEqualTo(2);
            assertThat(w.event("new").orElseThrow().source()).isEqualTo(EventOrigin.SIMULATION);
        }
    }

    /** What an Earshot of that version left behind: its migrations applied, and one event in its columns. */
    private static void writeFileAtVersion(Path file, int version) throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            for (int v = 1; v <= version; v++) {
                st.execute(Schema.MIGRATIONS.get(v - 1));
                st.execute("INSERT INTO schema_version VALUES (" + v + ", TIMESTAMP '2025-01-01 00:00:00')");
            }
            // Only columns of version 1, which every later version keeps.
            st.execute("INSERT INTO events (event_id, event_type, user_id, track_id, ts, device_ts, received_at, platform)"
                    + " VALUES ('old', 'play', 'u0', 't0', TIMESTAMP '2024-01-16 12:00:00',"
                    + " TIMESTAMP '2024-01-16 12:00:00', TIMESTAMP '2024-01-16 12:00:01', 'spotify')");
        }
    }

    private static int version(Connection conn) throws java.sql.SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
