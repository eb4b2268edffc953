package dev.earshot.web;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.Bucket;
import dev.earshot.analytics.ChartMetric;
import dev.earshot.analytics.LocationLevel;
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
        route(routes, "event-mix", (f, p) -> a.activity().eventMix(f, bucket(p, f)));
        route(routes, "heatmap", (f, p) -> a.activity().heatmap(f));
        route(routes, "skip-curve", (f, p) -> a.activity().skipCurve(f));
        route(routes, "moods", (f, p) -> a.taste().moods(f));
        route(routes, "genres", (f, p) -> a.taste().genres(f, bucket(p, f)));
        route(routes, "top-tracks", (f, p) -> a.charts().topTracks(f, by(p), p.integer("limit", 10, MAX_LIMIT)));
        route(routes, "top-artists", (f, p) -> a.charts().topArtists(f, by(p), p.integer("limit", 10, MAX_LIMIT)));
        route(routes, "chart-history", (f, p) -> a.chartHistory().history(f, weeks(p), p.integer("limit", 10, MAX_LIMIT)));
        route(routes, "trending-artists", (f, p) -> a.artists().trending(f, p.integer("limit", 10, MAX_LIMIT)));
        route(routes, "emerging-artists", (f, p) -> a.artists().emerging(f, p.integer("limit", 10, MAX_LIMIT)));
        route(routes, "platforms", (f, p) -> a.audience().platforms(f));
        route(routes, "locations", (f, p) -> a.audience().locations(f, p.choice("level", LocationLevel.class, LocationLevel.COUNTRY), p.integer("limit", 50, 1000)));
        route(routes, "retention", (f, p) -> a.retention().cohorts(f, weeks(p)));
        route(routes, "high-value-users", (f, p) -> a.audience().highValueUsers(f, p.integer("limit", 20, MAX_LIMIT)));
    }

    private void route(RoutesConfig routes, String name, BiFunction<AnalyticsFilter, QueryParams, Object> question) {
        routes.get("/v1/analytics/" + name, ctx -> answer(ctx, question));
    }

    private void answer(Context ctx, BiFunction<AnalyticsFilter, QueryParams, Object> question) {
        QueryParams params = new QueryParams(ctx);
        ctx.json(question.apply(params.filter(clock), params));
    }

    /** A bucket small enough for the range: more than {@link Bucket#MAX_BUCKETS} would be a chart nobody reads. */
    private static Bucket bucket(QueryParams p, AnalyticsFilter filter) {
        Bucket bucket = p.choice("bucket", Bucket.class, Bucket.AUTO);
        if (bucket.count(filter.range()) > Bucket.MAX_BUCKETS) {
            throw QueryParams.bad("bucket", "'" + bucket.wire() + "' would make more than " + Bucket.MAX_BUCKETS
                    + " buckets over this range; choose a coarser one");
        }
        return bucket;
    }

    private static ChartMetric by(QueryParams p) {
        return p.choice("by", ChartMetric.class, ChartMetric.PLAYS);
    }

    private static int weeks(QueryParams p) {
        return p.integer("weeks", 8, 52);
    }
}
