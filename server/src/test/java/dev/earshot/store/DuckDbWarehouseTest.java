package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Violation;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseTest extends WarehouseContract {
    @TempDir
    Path dir;

    @Override
    Warehouse open() {
        return DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB", Events.CLOCK);
    }

    @Test
    void storesTheListenersWallClockTimeFromTheirLocation() throws Exception {
        // T0 is 12:00 UTC in January: 04:00 in San Francisco (UTC-8), 13:00 in Berlin (UTC+1).
        var berlin = new dev.earshot.event.Location("DE", null, "Berlin");
        var unknown = new dev.earshot.event.Location(null, null, "Atlantis");
        var base = event("sf", "u", T0);
        try (DuckDbWarehouse w = (DuckDbWarehouse) open()) {
            w.write(List.of(new StoredEvent(base, T0), new StoredEvent(withLocation(base, "de", berlin), T0),
                    new StoredEvent(withLocation(base, "nowhere", unknown), T0)), List.of());
            List<String> hours = w.read(conn -> {
                List<String> out = new java.util.ArrayList<>();
                try (var rs = conn.createStatement().executeQuery(
                        "SELECT event_id || '=' || coalesce(hour(local_ts)::VARCHAR, 'null') FROM events ORDER BY event_id")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(hours).containsExactly("de=13", "nowhere=null", "sf=4");
        }
    }

    private static dev.earshot.event.ListenEvent withLocation(dev.earshot.event.ListenEvent e, String id,
                                                            dev.earshot.event.Location location) {
        return new dev.earshot.event.ListenEvent(id, e.eventType(), e.userId(), e.trackId(), e.timestamp(),
                e.deviceTimestamp(), e.platform(), location, e.sessionId(), e.positionMs(), e.msPlayed(),
                e.durationMs(), e.device(), e.context(), e.track());
    }

    @Test
    void keepsEventsAcrossReopen() {
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("a", "u", T0), T0)), List.of());
        }
        try (Warehouse w = open()) {
            assertThat(w.event("a")).isPresent();
            assertThat(w.countEvents()).isEqualTo(1);
        }
    }

    @Test
    void checkpointsOnlyOnceTheLogHasGrownAndThenEmptiesIt() throws Exception {
        Path wal = Path.of(dir.resolve("earshot.duckdb") + ".wal");
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("small", "u", T0), T0)), List.of());
            assertThat(w.checkpointIfDue()).isFalse();
            long micros = 0;
            while (java.nio.file.Files.size(wal) < DuckDbWarehouse.IDLE_CHECKPOINT_BYTES) {
                List<StoredEvent> rows = new java.util.ArrayList<>();
                for (int i = 0; i < 20_000; i++) {
                    rows.add(new StoredEvent(event("e" + micros++, "user" + i, T0.plusMillis(micros)), T0));
                }
                w.write(rows, List.of());
            }
            assertThat(w.checkpointIfDue()).isTrue();
            assertThat(wal).satisfiesAnyOf(f -> assertThat(f).doesNotExist(),
                    f -> assertThat(java.nio.file.Files.size(f)).isLessThan(DuckDbWarehouse.IDLE_CHECKPOINT_BYTES));
            assertThat(w.countEvents()).isEqualTo(micros + 1);
        }
    }

    @Test
    void migratesOnceAndRecordsTheSchemaVersion() throws Exception {
        open().close();
        open().close();
        try (var conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("earshot.duckdb"));
             ResultSet rs = conn.createStatement().executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Schema.MIGRATIONS.size());
            assertThat(rs.getInt(2)).isEqualTo(Schema.MIGRATIONS.size());
        }
    }

    @Test
    void storesRejectedEventsWithRawTextAndReasonsAsJson() throws Exception {
        Instant at = Instant.parse("2024-02-01T10:00:00Z");
        try (Warehouse w = open()) {
            w.write(List.of(), List.of(new RejectedEvent(at, "req-1", 3, "bad-1", "{\"event_id\":\"bad-1\"}", "invalid",
                    List.of(new Violation("user_id", "is required"), new Violation("x\"y", "quote \" inside")))));
        }
        try (var conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("earshot.duckdb"));
             ResultSet rs = conn.createStatement().executeQuery(
                     "SELECT idx, event_id, kind, raw, errors->>'$[0].field', errors->>'$[1].message', request_id,"
                             + " epoch(received_at) FROM rejected_events")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getString(2)).isEqualTo("bad-1");
            assertThat(rs.getString(3)).isEqualTo("invalid");
            assertThat(rs.getString(4)).isEqualTo("{\"event_id\":\"bad-1\"}");
            assertThat(rs.getString(5)).isEqualTo("user_id");
            assertThat(rs.getString(6)).isEqualTo("quote \" inside");
            assertThat(rs.getString(7)).isEqualTo("req-1");
            assertThat(rs.getLong(8)).isEqualTo(at.getEpochSecond());
        }
    }

    @Test
    void refusesASecondProcessOnTheSameFileWithAClearMessage() throws Exception {
        try (Warehouse first = open()) {
            // DuckDB's file lock is per process, so the second opener must be another JVM.
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    SecondOpener.class.getName(), dir.resolve("earshot.duckdb").toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            assertThat(out).contains("only one process may open a DuckDB file").doesNotContain("opened");
            assertThat(first.isWritable()).isTrue();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs in a child JVM: tries to open a database another process holds. */
    public static final class SecondOpener {
        public static void main(String[] args) {
            try {
                DuckDbWarehouse.open(Path.of(args[0]), null, Events.CLOCK).close();
                System.out.println("opened");
            } catch (WarehouseException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
