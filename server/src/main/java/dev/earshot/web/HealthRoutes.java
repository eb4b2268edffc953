package dev.earshot.web;

import dev.earshot.store.StoreHealth;
import dev.earshot.store.Warehouse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** GET /health (ready only when the warehouse answers and the writer is healthy) and GET /metrics. */
final class HealthRoutes {
    private final Warehouse warehouse;
    private final BooleanSupplier writerHealthy;
    private final PrometheusMeterRegistry registry;

    HealthRoutes(Warehouse warehouse, BooleanSupplier writerHealthy, PrometheusMeterRegistry registry) {
        this.warehouse = warehouse;
        this.writerHealthy = writerHealthy;
        this.registry = registry;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", this::metrics);
    }

    private void health(Context ctx) {
        StoreHealth store = warehouse.health();
        boolean writable = store.writable();
        boolean writer = writerHealthy.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", writable && writer ? "ready" : "unavailable");
        body.put("warehouse", writable ? "writable" : "unavailable");
        body.put("writer", writer ? "running" : "failing");
        if (!writable) {
            body.put("cause", store.fault().wire());
            body.put("reason", store.reason());
            if (store.since() != null) {
                body.put("since", store.since().toString());
            }
        }
        ctx.status(writable && writer ? 200 : 503).json(body);
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
