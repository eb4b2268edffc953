package dev.earshot.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.auth.ApiKey;
import dev.earshot.auth.KeyRequest;
import dev.earshot.auth.KeyStore;
import dev.earshot.auth.NewKey;
import dev.earshot.auth.Scope;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.testkit.Events;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake's events view: what it reads of a lake and what it leaves alone. */
class LakeTest {
    @TempDir
    Path dir;

    @Test
    void readsNothingUntilTheFirstFileThenEveryCommittedFile() throws Exception {
        Path lake = Files.createDirectory(dir.resolve("lake"));
        Lake opened = Lake.open(new LakeSettings(lake, null, null), dir.resolve("scratch/lake.duckdb"), null, Events.CLOCK);
        try (DuckDbWarehouse w = opened.warehouse()) {
            assertThat(w.countEvents()).isZero();
            part(lake, "2026-03-01", "part-0-0.parquet", 3, "2026-03-01 10:00:00");
            assertThat(w.countEvents()).as("until the watch sees the first file").isZero();
            opened.view().run();
            assertThat(w.countEvents()).isEqualTo(3);
            part(lake, "2026-03-02", "part-1-0.parquet", 2, "2026-03-02 10:00:00");
            assertThat(w.countEvents()).as("a new day partition, at the next query").isEqualTo(5);
            assertThat(w.span().orElseThrow().last().toString()).isEqualTo("2026-03-02T10:00:00Z");
        }
    }

    @Test
    void skipsPartsStillBeingWrittenAndReadsOlderFilesWithTheirMissingColumnsAsNull() throws Exception {
        Path lake = Files.createDirectory(dir.resolve("lake"));
        part(lake, "2026-03-01", "part-0-0.parquet", 2, "2026-03-01 10:00:00");
        Files.writeString(lake.resolve("events/dt=2026-03-01/.part-0-1.parquet.inprogress.5d1c"), "half a file");
        try (DuckDbWarehouse w = Lake.open(new LakeSettings(lake, null, null), dir.resolve("scratch/lake.duckdb"), null, Events.CLOCK)
                .warehouse()) {
            assertThat(w.countEvents()).isEqualTo(2);
            long nullGenres = w.read(conn -> {
                try (Statement st = conn.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM events WHERE genre_names IS NULL AND local_ts IS NULL")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(nullGenres).isEqualTo(2);
        }
    }

    @Test
    void takesTheKeysOfAnotherDatabaseReadOnce() throws Exception {
        Path lake = Files.createDirectory(dir.resolve("lake"));
        Path keysFile = dir.resolve("keys.duckdb");
        NewKey made;
        try (DuckDbWarehouse keysDb = DuckDbWarehouse.open(keysFile, null, Events.CLOCK)) {
            made = new KeyStore(keysDb, keysDb, Events.CLOCK)
                    .create(new KeyRequest(Set.of(Scope.READ), Optional.empty(), "dashboard"));
        }
        try (DuckDbWarehouse w = Lake.open(new LakeSettings(lake, null, keysFile), dir.resolve("scratch/lake.duckdb"), null, Events.CLOCK)
                .warehouse()) {
            KeyStore keys = new KeyStore(w, w, Events.CLOCK);
            assertThat(keys.authenticate(made.secret()).map(ApiKey::id)).contains(made.key().id());
            assertThat(keys.authenticate(made.secret() + "x")).isEmpty();
        }
    }

    @Test
    void neverTakesADatabaseThatExistsAlready() throws Exception {
        Path lake = Files.createDirectory(dir.resolve("lake"));
        Path existing = Files.writeString(dir.resolve("earshot.duckdb"), "");
        assertThatThrownBy(() -> Lake.open(new LakeSettings(lake, null, null), existing, null, Events.CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
    }

    /**
     * A part file as an older job wrote it: only the columns of schema v1's first few (no local_ts, no genre
     * distribution), {@code rows} plays from {@code ts} on.
     */
    private static void part(Path lake, String day, String name, int rows, String ts) throws Exception {
        Path file = Files.createDirectories(lake.resolve("events/dt=" + day)).resolve(name);
        try (var conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement()) {
            st.execute("COPY (SELECT 'e-" + day + "-' || i AS event_id, 'play' AS event_type, 'u' || i AS user_id,"
                    + " 't1' AS track_id, TIMESTAMP '" + ts + "' - INTERVAL (i) MINUTE AS ts,"
                    + " TIMESTAMP '" + ts + "' - INTERVAL (i) MINUTE AS device_ts, TIMESTAMP '" + ts + "' AS received_at,"
                    + " 'spotify' AS platform FROM range(" + rows + ") t(i)) TO '" + file + "' (FORMAT parquet)");
        }
    }
}
