package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Analytics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.BiFunction;

/** GET /v1/analytics/*: one route per dashboard question (docs/api-analytics.md); parse, ask, render. */
final class AnalyticsRoutes {
    static final int MAX_LIMIT = 100;

    private final Analytics analytics;
    private final Clock clock;

    AnalyticsRoutes(Analytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        var a = analytics;
        route(routes, "overview", (f, p) -> a.activity().overview(f));
        route(routes, "event-mix", (f, p) -> a.activity().eventMix(f, p.bucket(f)));
        route(routes, "heatmap", (f, p) -> a.activity().heatmap(f));
        route(routes, "skip-curve", (f, p) -> a.activity().skipCurve(f));
        route(routes, "moods", (f, p) -> a.taste().moods(f));
        route(routes, "genres", (f, p) -> a.taste().genres(f, p.bucket(f)));
        route(routes, "top-tracks", (f, p) -> a.charts().topTracks(f, p.by(), p.limit(10, MAX_LIMIT)));
        route(routes, "top-artists", (f, p) -> a.charts().topArtists(f, p.by(), p.limit(10, MAX_LIMIT)));
        route(routes, "chart-history", (f, p) -> a.chartHistory().history(f, p.weeks(8), p.limit(10, MAX_LIMIT)));
        route(routes, "trending-artists", (f, p) -> a.artists().trending(f, p.limit(10, MAX_LIMIT)));
        route(routes, "emerging-artists", (f, p) -> a.artists().emerging(f, p.limit(10, MAX_LIMIT)));
        route(routes, "platforms", (f, p) -> a.audience().platforms(f));
        route(routes, "locations", (f, p) -> a.audience().locations(f, p.level(), p.limit(50, 1000)));
        route(routes, "retention", (f, p) -> a.retention().cohorts(f, p.weeks(8)));
        route(routes, "high-value-users", (f, p) -> a.audience().highValueUsers(f, p.limit(20, MAX_LIMIT)));
    }

    private void route(RoutesConfig routes, String name, BiFunction<AnalyticsFilter, AnalyticsParams, Object> question) {
        routes.get("/v1/analytics/" + name, ctx -> answer(ctx, question));
    }

    private void answer(Context ctx, BiFunction<AnalyticsFilter, AnalyticsParams, Object> question) {
        AnalyticsParams params = new AnalyticsParams(ctx);
        AnalyticsFilter filter = params.filter(clock);
        ctx.json(question.apply(filter, params));
    }
}
