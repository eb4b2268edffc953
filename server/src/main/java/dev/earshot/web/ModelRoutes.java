package dev.earshot.web;

import dev.earshot.models.BackfillRequest;
import dev.earshot.models.Backfill;
import dev.earshot.models.CoListening;
import dev.earshot.models.EnrichmentFigures;
import dev.earshot.models.ModelEvaluations;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.models.ModelsView;
import dev.earshot.models.RecommendationFigures;
import dev.earshot.recommendations.RecommendationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * GET /v1/models: the models' measured quality and freshness.
 * POST /v1/models/rebuild: rebuild the co-listening model and refit the recommender now rather than at the
 * next scheduled time.
 * POST /v1/models/backfill: enrich stored events again with the current models (in the background);
 * GET /v1/models/backfill: how far it is.
 * GET /v1/models/snapshot: the catalog and co-listening model in use, for the stream job (earshot models export).
 */
final class ModelRoutes {
    private final CoListening models;
    private final Backfill backfill;
    private final ModelEvaluations evaluations;
    private final RecommendationService recommendations;

    /** {@code models} and {@code backfill} are their "off" implementations when enrichment is off. */
    ModelRoutes(CoListening models, Backfill backfill, ModelEvaluations evaluations,
                RecommendationService recommendations) {
        this.models = models;
        this.backfill = backfill;
        this.evaluations = evaluations;
        this.recommendations = recommendations;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/models", this::status);
        routes.post("/v1/models/rebuild", this::rebuild);
        routes.post("/v1/models/backfill", this::startBackfill);
        routes.get("/v1/models/backfill", ctx -> ctx.json(backfill.status()));
        routes.get("/v1/models/snapshot", ctx -> ctx.contentType("application/json").result(models.snapshot()));
    }

    private void status(Context ctx) {
        evaluations.startOnce();
        EnrichmentFigures figures = evaluations.enrichment();
        RecommendationFigures ranking = recommendations.lastEvaluation()
                .map(r -> RecommendationFigures.of(r, recommendations.servedModel())).orElse(null);
        ctx.json(new ModelsView(figures == null ? "running" : "done", figures, ranking, models.last()));
    }

    /** Both trained models: the co-listening model (when enrichment is on) and the recommender. */
    private void rebuild(Context ctx) {
        RecommendationService.FitReport recommender = recommendations.refit();
        ModelRebuilder.Report similarity = models.rebuild();
        ctx.json(new Rebuilt(similarity, recommender));
    }

    /** What POST /v1/models/rebuild rebuilt. */
    record Rebuilt(ModelRebuilder.Report similarity, RecommendationService.FitReport recommender) {
    }

    private void startBackfill(Context ctx) {
        BackfillRequest request = RequestJson.read(ctx, BackfillRequest.class, new BackfillRequest(null, null, false),
                "invalid_parameter");
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            throw new ApiException(400, "invalid_parameter", "from must be before to");
        }
        if (!backfill.start(request)) {
            throw new ApiException(409, "backfill_running", "a backfill is already running; GET /v1/models/backfill");
        }
        ctx.status(202).json(backfill.status());
    }
}
