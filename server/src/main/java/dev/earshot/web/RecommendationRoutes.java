package dev.earshot.web;

import dev.earshot.recommend.RecommendationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * GET /v1/users/{id}/recommendations?limit=10. Before the first model is fitted the answer is 503 with
 * Retry-After, not an empty list, so that a client can tell "not ready" from "nothing to recommend".
 */
final class RecommendationRoutes {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final String RETRY_AFTER_SECONDS = "10";

    private final RecommendationService service;

    RecommendationRoutes(RecommendationService service) {
        this.service = service;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/users/{id}/recommendations", this::recommendations);
    }

    private void recommendations(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = limit(ctx.queryParam("limit"));
        if (!service.ready()) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            throw new ApiException(503, "model_not_ready",
                    "recommendations are not ready: the first model is still being fitted; retry shortly");
        }
        ctx.json(service.recommend(id, limit)
                .orElseThrow(() -> new ApiException(404, "not_found", "no listening stored for user '" + id + "'")));
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        String message = "must be an integer from 1 to " + MAX_LIMIT;
        throw new ApiException(400, "invalid_parameter", "limit " + message,
                List.of(Map.of("parameter", "limit", "message", message)));
    }
}
