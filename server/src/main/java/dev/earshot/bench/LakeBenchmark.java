package dev.earshot.bench;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.event.TrackMetadata;
import dev.earshot.lake.Lake;
import dev.earshot.lake.LakeSettings;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every analytics question on the embedded file and on the same events as a Parquet lake laid out as the stream job
 * lays it (one folder per day), read through {@code serve --lake}'s views: what reading the lake costs. The
 * history is the analytics benchmark's ({@link AnalyticsBenchmark#world}); the file and the lake are kept for the
 * next run.
 */
public final class LakeBenchmark {
    /** One question on the file's raw events and on the lake. */
    public record Timing(String question, AnalyticsBenchmark.Figures file, AnalyticsBenchmark.Figures lake) {
    }

    /** What a run found: events, the lake's files, the seconds the export took (0 when it was there already). */
    public record Result(long events, long files, double exportSeconds, List<Timing> timings) {
    }

    private final AnalyticsBenchmark timer;

    private final Clock clock;

    /** {@code clock}: the "now" of the lake's scratch warehouse (the command passes the system clock). */
    public LakeBenchmark(int runs, Clock clock) {
        this.timer = new AnalyticsBenchmark(runs, clock);
        this.clock = clock;
    }

    public Result run(DuckDbWarehouse warehouse, World world, Path lakeDir, String memoryLimit) throws Exception {
        long events = warehouse.countEvents();
        if (events == 0) {
            events = SimulatedHistory.load(world, warehouse);
        }
        long start = System.nanoTime();
        double export = 0;
        if (!Files.isDirectory(lakeDir.resolve("events"))) {
            Files.createDirectories(lakeDir);
            export(warehouse, lakeDir.resolve("events"));
            export = (System.nanoTime() - start) / 1e9;
        }
        long files;
        try (var all = Files.walk(lakeDir.resolve("events"))) {
            files = all.filter(p -> p.toString().endsWith(".parquet")).count();
        }
        Path scratch = Lake.scratchDatabase();
        Lake lake = Lake.open(new LakeSettings(lakeDir, null, null), scratch, memoryLimit, clock);
        try (DuckDbWarehouse onLake = lake.warehouse()) {
            Map<String, TrackMetadata> tracks = new LinkedHashMap<>();
            warehouse.tracks(tracks::put);
            onLake.upsertTracks(tracks);
            AnalyticsFilter lastWeek = EmergingPrecision.lastWeek(world);
            Map<String, Supplier<Object>> fromLake = AnalyticsQuestions.of(Analytics.over(onLake), lastWeek);
            List<Timing> timings = new ArrayList<>();
            for (var q : AnalyticsQuestions.of(Analytics.over(warehouse), lastWeek).entrySet()) {
                timings.add(new Timing(q.getKey(), timer.time(q.getValue()), timer.time(fromLake.get(q.getKey()))));
            }
            return new Result(events, files, export, timings);
        } finally {
            Lake.removeScratch(scratch);
        }
    }

    /** The job's layout: {@code dt=YYYY-MM-DD/part-….parquet}, rows by time, zstd. */
    private static void export(DuckDbWarehouse warehouse, Path events) {
        warehouse.read(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("COPY (SELECT *, strftime(ts, '%Y-%m-%d') AS dt FROM events ORDER BY ts, event_id) TO '"
                        + events.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd,"
                        + " PARTITION_BY (dt), FILENAME_PATTERN 'part-{uuid}')");
            }
            return null;
        });
    }
}
