package dev.earshot.web;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.recommendations.RecommendationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * GET /v1/users/{id}/recommendations?limit=10. Before the first model is fitted the answer is 503 (with
 * Retry-After, as every 503), not an empty list, so that a client can tell "not ready" from "nothing to recommend".
 */
final class RecommendationRoutes {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final RecommendationService service;
    private final Pseudonyms pseudonyms;

    RecommendationRoutes(RecommendationService service, Pseudonyms pseudonyms) {
        this.service = service;
        this.pseudonyms = pseudonyms;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/users/{id}/recommendations", this::recommendations);
    }

    private void recommendations(Context ctx) {
        String id = pseudonyms.of(ctx.pathParam("id"));
        int limit = new QueryParams(ctx).integer("limit", DEFAULT_LIMIT, MAX_LIMIT);
        if (!service.ready()) {
            throw new ApiException(503, "model_not_ready",
                    "recommendations are not ready: the first model is still being fitted; retry shortly");
        }
        ctx.json(service.recommend(id, limit)
                .orElseThrow(() -> new ApiException(404, "not_found", "no listening stored for user '" + id + "'")));
    }
}
