package dev.earshot.bench;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Rollups;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Analytics latency at scale: a simulated Spotify world sized to about the asked number of events, loaded into
 * a DuckDB file (kept, so that a second run skips the load), then every question timed warm over the last
 * week of the world, as the dashboard's default range asks it.
 */
public final class AnalyticsBenchmark {
    static final int DAYS = 30;
    static final LocalDate END = LocalDate.of(2025, 3, 10);
    static final int WARMUP = 3;

    /** Latency of one way of answering, in milliseconds; the minimum shows what the machine can do when not shared. */
    public record Figures(double min, double p50, double p95) {
    }

    /** One question's figures on the raw events and, for those that use them, on the rollups (else null). */
    public record Timing(String question, Figures raw, Figures rollup) {
    }

    /** What a run found; the refresh is the first fold of the whole history into the rollups (0 if already done). */
    public record Result(long events, double loadSeconds, double refreshSeconds, List<Timing> timings,
                         double emergingPrecisionAt10) {
    }

    private final int runs;

    private final Clock clock;

    /** {@code clock}: the "now" the rollups are refreshed to (the command passes the system clock). */
    public AnalyticsBenchmark(int runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** The world for about {@code events} events: listeners scaled by a small calibration run of the same kind. */
    public static World world(long events) {
        int probeUsers = 50;
        long probe = Simulation.events(World.generate(config(probeUsers)), TruthRecorder.NONE).size();
        int users = (int) Math.max(1, Math.round(events * (double) probeUsers / probe));
        return World.generate(config(users));
    }

    private static SimulationConfig config(int users) {
        return SimulationConfig.of(Scenario.named("spotify"), users, DAYS, 7, END).withHoldoutDays(0);
    }

    public Result run(DuckDbWarehouse warehouse, World world) {
        long start = System.nanoTime();
        long stored = warehouse.countEvents();
        if (stored == 0) {
            stored = SimulatedHistory.load(world, warehouse);
        }
        double load = (System.nanoTime() - start) / 1e9;
        long refreshStart = System.nanoTime();
        new Rollups(warehouse).ensure().refresh(clock.instant());
        double refresh = (System.nanoTime() - refreshStart) / 1e9;
        Analytics analytics = Analytics.over(warehouse);
        AnalyticsFilter lastWeek = EmergingPrecision.lastWeek(world);
        Map<String, Supplier<Object>> rolled = AnalyticsQuestions.rolledUp(Analytics.withRollups(warehouse), lastWeek);
        List<Timing> timings = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> q : AnalyticsQuestions.of(analytics, lastWeek).entrySet()) {
            Figures rollup = rolled.containsKey(q.getKey()) ? time(rolled.get(q.getKey())) : null;
            timings.add(new Timing(q.getKey(), time(q.getValue()), rollup));
        }
        return new Result(stored, load, refresh, timings, EmergingPrecision.at(10, world, analytics.artists()));
    }

    /** Warm-up, then {@code runs} timed runs of {@code question}. */
    Figures time(Supplier<Object> question) {
        Latencies latencies = Latencies.of(question, WARMUP, runs);
        return new Figures(latencies.percentileMillis(0), latencies.percentileMillis(50), latencies.percentileMillis(95));
    }
}
