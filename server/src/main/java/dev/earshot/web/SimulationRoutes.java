package dev.earshot.web;

import dev.earshot.simulations.FeedRequest;
import dev.earshot.simulations.SimulationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** POST, GET /v1/simulations and DELETE /v1/simulations/{id}: live simulated listening into this server. */
final class SimulationRoutes {
    private final SimulationService simulations;

    SimulationRoutes(SimulationService simulations) {
        this.simulations = simulations;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/simulations", this::start);
        routes.get("/v1/simulations", this::list);
        routes.delete("/v1/simulations/{id}", this::stop);
    }

    /** The feeds and, with {@code --demo}, how far the demo load got ("demo": state, reason, worlds, events). */
    private void list(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("simulations", simulations.list());
        simulations.demo().ifPresent(d -> body.put("demo", d));
        ctx.json(body);
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
