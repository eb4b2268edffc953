package dev.earshot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Times every request into {@code earshot_http_requests_seconds}, tagged by method, route template and status. */
final class HttpMetrics {
    private static final String START = "earshot.start-nanos";
    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        routes.after(this::record);
    }

    private void record(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null) {
            return;
        }
        // The route template, not the raw path, so that /v1/events/{event_id} stays one series.
        var matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        Timer.builder("earshot.http.requests")
                .description("HTTP request latency")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
}
