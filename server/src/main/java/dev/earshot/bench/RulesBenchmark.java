package dev.earshot.bench;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.ChartMetric;
import dev.earshot.analytics.Rollups;
import dev.earshot.analytics.TopArtists;
import dev.earshot.rules.CleanupRules;
import dev.earshot.rules.RuleStore;
import dev.earshot.rules.RulesView;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the cleanup rules cost at scale, on the analytics benchmark's simulated history: how long saving rules takes
 * (redefining the views and refolding the rollups over all history) and clearing them, and every analytics
 * question's latency without rules and with a typical set (the top artist left out, two others merged, a genre,
 * a hundredth of the listeners and podcasts left out).
 */
public final class RulesBenchmark {
    /** A question's p50 in ms without rules and with them, raw and (where it reads them) on the rollups. */
    public record Timing(String question, double rawBefore, double rawWith, Double rolledBefore, Double rolledWith) {
    }

    /** {@code applySeconds}: saving the rules; {@code clearSeconds}: saving none again. */
    public record Result(long events, double applySeconds, double clearSeconds, long excludedListens,
                         CleanupRules rules, List<Timing> timings) {
    }

    private final int runs;

    private final Clock clock;

    /** {@code clock}: the "now" of the rollups and the rule store (the command passes the system clock). */
    public RulesBenchmark(int runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    public Result run(DuckDbWarehouse warehouse, World world) {
        long events = warehouse.countEvents();
        if (events == 0) {
            events = SimulatedHistory.load(world, warehouse);
        }
        new Rollups(warehouse).ensure().refresh(clock.instant());
        RuleStore store = new RuleStore(warehouse, warehouse, clock, UnaryOperator.identity());
        store.replace(CleanupRules.NONE);
        AnalyticsFilter week = EmergingPrecision.lastWeek(world);
        Map<String, double[]> before = timings(warehouse, week);
        CleanupRules rules = typical(warehouse, world, week);
        long t0 = System.nanoTime();
        RulesView applied = store.replace(rules);
        double apply = (System.nanoTime() - t0) / 1e9;
        Map<String, double[]> with = timings(warehouse, week);
        long t1 = System.nanoTime();
        store.replace(CleanupRules.NONE);
        double clear = (System.nanoTime() - t1) / 1e9;
        List<Timing> out = new ArrayList<>();
        before.forEach((q, b) -> {
            double[] w = with.get(q);
            out.add(new Timing(q, b[0], w[0], Double.isNaN(b[1]) ? null : b[1], Double.isNaN(w[1]) ? null : w[1]));
        });
        return new Result(events, apply, clear, applied.excludedListens(), rules, out);
    }

    private static CleanupRules typical(DuckDbWarehouse warehouse, World world, AnalyticsFilter week) {
        List<TopArtists.Item> top = Analytics.over(warehouse).charts().topArtists(week, ChartMetric.PLAYS, 3).items();
        List<String> listeners = new ArrayList<>();
        for (int i = 0; i < world.users().size(); i += 100) {
            listeners.add(world.users().get(i).id());
        }
        return new CleanupRules(new CleanupRules.Exclusions(List.of(top.get(0).artist()), null, null, List.of("ambient"),
                listeners, true, true), List.of(new CleanupRules.Merge(top.get(1).artist(), List.of(top.get(2).artist()))),
                null);
    }

    /** p50 ms per question: [raw, rollups or NaN]. */
    private Map<String, double[]> timings(DuckDbWarehouse warehouse, AnalyticsFilter week) {
        Map<String, Supplier<Object>> rolled = AnalyticsQuestions.rolledUp(Analytics.withRollups(warehouse), week);
        Map<String, double[]> out = new LinkedHashMap<>();
        AnalyticsQuestions.of(Analytics.over(warehouse), week).forEach((q, raw) -> out.put(q,
                new double[] {p50(raw), rolled.containsKey(q) ? p50(rolled.get(q)) : Double.NaN}));
        return out;
    }

    private double p50(Supplier<Object> question) {
        return Latencies.of(question, 1, runs).percentileMillis(50);
    }
}
