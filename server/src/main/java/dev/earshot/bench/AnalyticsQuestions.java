package dev.earshot.bench;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Bucket;
import dev.earshot.analytics.ChartMetric;
import dev.earshot.analytics.LocationLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Every analytics question as the dashboard asks it by default (its route's default parameters), by route name. */
final class AnalyticsQuestions {
    private AnalyticsQuestions() {
    }

    static Map<String, Supplier<Object>> of(Analytics a, AnalyticsFilter f) {
        Map<String, Supplier<Object>> q = new LinkedHashMap<>();
        q.put("overview", () -> a.activity().overview(f));
        q.put("event-mix", () -> a.activity().eventMix(f, Bucket.AUTO));
        q.put("heatmap", () -> a.activity().heatmap(f));
        q.put("skip-curve", () -> a.activity().skipCurve(f));
        q.put("moods", () -> a.taste().moods(f));
        q.put("genres", () -> a.taste().genres(f, Bucket.AUTO));
        q.put("top-tracks", () -> a.charts().topTracks(f, ChartMetric.PLAYS, 10));
        q.put("top-tracks?by=minutes", () -> a.charts().topTracks(f, ChartMetric.MINUTES, 10));
        q.put("top-artists", () -> a.charts().topArtists(f, ChartMetric.PLAYS, 10));
        q.put("chart-history", () -> a.chartHistory().history(f, 8, 10));
        q.put("trending-artists", () -> a.artists().trending(f, 10));
        q.put("emerging-artists", () -> a.artists().emerging(f, 10));
        q.put("platforms", () -> a.audience().platforms(f));
        q.put("locations", () -> a.audience().locations(f, LocationLevel.COUNTRY, 50));
        q.put("retention", () -> a.retention().cohorts(f, 8));
        q.put("high-value-users", () -> a.audience().highValueUsers(f, 20));
        return q;
    }

    /** The questions that read the rollups when there are some, keyed as in {@link #of}. */
    static Map<String, Supplier<Object>> rolledUp(Analytics a, AnalyticsFilter f) {
        Map<String, Supplier<Object>> all = of(a, f);
        all.keySet().retainAll(java.util.Set.of("overview", "top-tracks", "top-tracks?by=minutes", "top-artists",
                "chart-history", "moods", "genres", "trending-artists", "emerging-artists", "retention"));
        return all;
    }
}
