package dev.earshot.web;

import dev.earshot.segments.AudienceCsv;
import dev.earshot.segments.Audiences;
import dev.earshot.segments.Presets;
import dev.earshot.analytics.Range;
import dev.earshot.segments.Rule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;

/** GET /v1/segments/presets, /audience and /audience.csv. */
final class SegmentRoutes {
    private final Presets presets;
    private final Audiences audiences;
    private final Clock clock;

    SegmentRoutes(Presets presets, Audiences audiences, Clock clock) {
        this.presets = presets;
        this.audiences = audiences;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/segments/presets", ctx -> ctx.json(Map.of("items", presets.resolve(new QueryParams(ctx).range(clock)))));
        routes.get("/v1/segments/audience", ctx -> {
            QueryParams params = new QueryParams(ctx);
            ctx.json(audiences.audience(params.rule(), params.range(clock)));
        });
        routes.get("/v1/segments/audience.csv", this::csv);
    }

    private void csv(Context ctx) throws java.io.IOException {
        QueryParams params = new QueryParams(ctx);
        Rule rule = params.rule();
        Range range = params.range(clock);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"audience.csv\"");
        new AudienceCsv(audiences).write(rule, range, ctx.outputStream());
    }
}
