package dev.earshot.web;

import dev.earshot.models.ModelRebuilder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** POST /v1/models/rebuild: rebuild the co-listening model now rather than at the next scheduled time. */
final class ModelRoutes {
    private final ModelRebuilder models;

    /** {@code models} is null when enrichment is off. */
    ModelRoutes(ModelRebuilder models) {
        this.models = models;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/models/rebuild", this::rebuild);
    }

    private void rebuild(Context ctx) {
        if (models == null) {
            throw new ApiException(409, "enrichment_off", "enrichment is off (--no-enrich): there is no model to rebuild");
        }
        ctx.json(models.rebuild());
    }
}
