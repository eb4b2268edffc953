package dev.earshot.web;

import dev.earshot.simulations.FeedRequest;
import dev.earshot.simulations.SimulationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** POST, GET /v1/simulations and DELETE /v1/simulations/{id}: live simulated listening into this server. */
final class SimulationRoutes {
    private final SimulationService simulations;

    SimulationRoutes(SimulationService simulations) {
        this.simulations = simulations;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/simulations", this::start);
        routes.get("/v1/simulations", ctx -> ctx.json(Map.of("simulations", simulations.list())));
        routes.delete("/v1/simulations/{id}", this::stop);
    }

    private void start(Context ctx) {
        FeedRequest request = RequestJson.read(ctx, FeedRequest.class, new FeedRequest(null, null, null, null, null, null, null),
                "invalid_simulation");
        ctx.status(201).json(simulations.start(request));
    }

    private void stop(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(simulations.stop(id)
                .orElseThrow(() -> new ApiException(404, "not_found", "no simulation with id '" + id + "'")));
    }
}
