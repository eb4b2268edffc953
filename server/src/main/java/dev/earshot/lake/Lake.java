package dev.earshot.lake;

import dev.earshot.catalog.Track;
import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.RuleViews;
import dev.earshot.store.WarehouseException;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The warehouse of {@code serve --lake}: a scratch DuckDB file, migrated like any other, whose {@code events}
 * table is replaced by a view over the lake ({@link LakeView}); its other tables (the catalog, keys, the model
 * fits' state) are the server's own and start empty at each start. Nothing is written to the lake.
 *
 * <p>The derived copies the embedded path keeps — the analytics rollups and the per-user copy — fold in events
 * by their receive time behind a watermark, and a lake file lands a checkpoint (or a replay) after its events
 * were received, behind any such watermark: a copy would miss them. So on the lake every question reads the
 * events themselves ({@code Analytics.over}, and the per-user copy stays empty, which makes its readers read
 * {@code events} from the epoch on), exact at the cost of scanning the lake.
 */
public final class Lake {
    /** How soon a lake that had no file is read once the job commits its first. */
    static final long WATCH_EVERY_S = 5;

    private final DuckDbWarehouse warehouse;
    private final LakeView view;

    private Lake(DuckDbWarehouse warehouse, LakeView view) {
        this.warehouse = warehouse;
        this.view = view;
    }

    /**
     * Opens a scratch database at {@code database}, which must not exist yet (its events table is dropped, so it
     * must never be a file holding events), over the lake, with the snapshot's catalog as its tracks.
     */
    public static Lake open(LakeSettings settings, Path database, String memoryLimit, Clock clock) {
        if (Files.exists(database)) {
            throw new IllegalArgumentException("the lake server makes its own scratch database, but " + database
                    + " exists already; give it a path of its own");
        }
        DuckDbWarehouse warehouse = DuckDbWarehouse.open(database, memoryLimit, 0, clock);
        try {
            LakeView view = LakeView.replaceTable(warehouse, settings.events(),
                    database.resolveSibling(database.getFileName() + ".empty.parquet"));
            // The views every statistic reads were made over the events table: bind them to the lake's view instead.
            warehouse.writeAside(conn -> {
                RuleViews.define(conn);
                return null;
            });
            if (settings.models() != null) {
                warehouse.upsertTracks(catalog(settings.models()));
            }
            if (settings.keys() != null) {
                copyKeys(warehouse, settings.keys());
            }
            return new Lake(warehouse, view);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    /** A fresh scratch database path in a folder of its own under the temp folder, for {@link #open}. */
    public static Path scratchDatabase() {
        try {
            return Files.createTempDirectory("earshot-lake-").resolve("lake.duckdb");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder for the lake server", e);
        }
    }

    /** Deletes the folder {@link #scratchDatabase} made, once the server is closed. */
    public static void removeScratch(Path database) {
        try (Stream<Path> all = Files.walk(database.getParent())) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the lake server's scratch folder " + database.getParent(), e);
        }
    }

    public DuckDbWarehouse warehouse() {
        return warehouse;
    }

    LakeView view() {
        return view;
    }

    /** Watches an empty lake for its first file on {@code scheduler}. */
    public void watch(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(view, WATCH_EVERY_S, WATCH_EVERY_S, TimeUnit.SECONDS);
    }

    /**
     * The API keys of another Earshot database (made there with {@code earshot keys create --db}), opened read-only:
     * by name, so a file of an older schema gives what it has. A file another process has open cannot be read.
     */
    private static void copyKeys(DuckDbWarehouse warehouse, Path keys) {
        try {
            attachKeys(warehouse, keys);
        } catch (WarehouseException e) {
            throw new IllegalArgumentException("cannot read the API keys of " + keys + " (is a server running on it,"
                    + " or is it not an Earshot database?): " + e.getMessage(), e);
        }
    }

    private static void attachKeys(DuckDbWarehouse warehouse, Path keys) {
        warehouse.writeAside(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("ATTACH '" + keys.toAbsolutePath().toString().replace("'", "''")
                        + "' AS earshot_keys (READ_ONLY)");
                try {
                    st.execute("INSERT INTO api_keys BY NAME SELECT * FROM earshot_keys.api_keys");
                } finally {
                    st.execute("DETACH earshot_keys");
                }
            }
            return null;
        });
    }

    private static Map<String, TrackMetadata> catalog(Path models) {
        byte[] snapshot;
        try {
            snapshot = Files.readAllBytes(models);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model snapshot " + models, e);
        }
        Map<String, TrackMetadata> tracks = new LinkedHashMap<>();
        ModelSnapshot.pipeline(snapshot).catalog().forEach((Track t) -> tracks.put(t.id(), new TrackMetadata(t.title(),
                t.artist(), t.album(), t.durationMs(), t.genres(), t.features().toMap())));
        return tracks;
    }
}
