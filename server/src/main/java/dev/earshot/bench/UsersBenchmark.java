package dev.earshot.bench;

import dev.earshot.analytics.Range;
import dev.earshot.models.ListeningFold;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.segments.Presets;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventQuery;
import dev.earshot.users.UserEvents;
import dev.earshot.users.UserListens;
import dev.earshot.users.UserProfiles;
import dev.earshot.users.UserWrapped;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-listener page latency at scale: the analytics benchmark's simulated history (same loader, same kept file),
 * the per-user copy caught up, then each page the dashboard shows for a listener — profile, Wrapped,
 * recommendations, the listener's events — timed warm for the median listener and the heaviest one (by events),
 * over the last week of the world, as the pages ask by default. The clock is the world's end, so the model
 * window and the watermark see the whole history.
 */
public final class UsersBenchmark {
    static final int WARMUP = 3;
    static final int TOP = 10;
    static final int EVENTS_PAGE = 100;

    /** One page for one listener, in milliseconds. */
    public record Timing(String listener, long listenerEvents, String page, double p50, double p95, double p99) {
    }

    public record Result(long events, double loadSeconds, double catchUpSeconds, double fitSeconds, List<Timing> timings) {
    }

    private final int runs;

    public UsersBenchmark(int runs) {
        this.runs = runs;
    }

    public Result run(DuckDbWarehouse warehouse, World world) {
        long start = System.nanoTime();
        long stored = warehouse.countEvents();
        if (stored == 0) {
            stored = SimulatedHistory.load(world, warehouse);
        }
        double load = seconds(start);
        Instant end = world.period().holdoutStart();
        Clock clock = Clock.fixed(end.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        UserListens listens = new UserListens(warehouse, clock);
        long catchUpStart = System.nanoTime();
        listens.catchUp();
        double catchUp = seconds(catchUpStart);
        long fitStart = System.nanoTime();
        RecommendationService recommendations = new RecommendationService(
                new ListeningFold(warehouse, Duration.ofDays(60), clock, true), warehouse, clock);
        recommendations.refit();
        double fit = seconds(fitStart);
        UserProfiles profiles = new UserProfiles(warehouse, listens, new Presets(warehouse, clock));
        UserWrapped wrapped = new UserWrapped(warehouse, listens, clock);
        UserEvents events = new UserEvents(warehouse, listens);
        Range week = new Range(end.minus(AnalyticsFilter.DEFAULT_SPAN), end);
        List<Timing> timings = new ArrayList<>();
        for (Map.Entry<String, long[]> listener : listeners(warehouse).entrySet()) {
            String user = listener.getKey();
            Map<String, Supplier<Object>> pages = new LinkedHashMap<>();
            pages.put("profile", () -> profiles.profile(user, AnalyticsFilter.of(week)));
            pages.put("wrapped", () -> wrapped.wrapped(user, AnalyticsFilter.of(week)));
            pages.put("recommendations", () -> recommendations.recommend(user, TOP));
            pages.put("events", () -> events.page(new EventQuery(user, null, null, null, null, null, null, EVENTS_PAGE)));
            for (Map.Entry<String, Supplier<Object>> page : pages.entrySet()) {
                Latencies l = time(page.getValue());
                timings.add(new Timing(label(listener.getValue()[1]) + " " + user, listener.getValue()[0], page.getKey(),
                        l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99)));
            }
        }
        return new Result(stored, load, catchUp, fit, timings);
    }

    /**
     * The median listener and the heaviest, by events: user id → {events, 0 median / 1 heaviest}. The median's rank
     * is an integer division ({@code //}): DuckDB's {@code /} divides as a double, which matched no rank for an even
     * number of listeners and left the median out.
     */
    private static Map<String, long[]> listeners(DuckDbWarehouse warehouse) {
        return warehouse.read(conn -> {
            Map<String, long[]> out = new LinkedHashMap<>();
            try (ResultSet rs = conn.createStatement().executeQuery("WITH c AS (SELECT user_id, count(*) AS n FROM events"
                    + " GROUP BY user_id), r AS (SELECT user_id, n, row_number() OVER (ORDER BY n, user_id) AS i,"
                    + " count(*) OVER () AS total FROM c) SELECT user_id, n, i = total FROM r"
                    + " WHERE i = (total + 1) // 2 OR i = total ORDER BY i")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getBoolean(3) ? 1 : 0});
                }
            }
            return out;
        });
    }

    private static String label(long heaviest) {
        return heaviest == 1 ? "heaviest" : "median";
    }

    private Latencies time(Supplier<Object> page) {
        return Latencies.of(page, WARMUP, runs);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
