package dev.earshot.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.earshot.simulate.FeedRequest;
import dev.earshot.simulate.SimulationService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** POST, GET /v1/simulations and DELETE /v1/simulations/{id}: live simulated listening into this server. */
final class SimulationRoutes {
    private static final ObjectMapper REQUESTS = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
        FeedRequest request = parse(BodyReader.read(ctx, 64 * 1024));
        try {
            ctx.status(201).json(simulations.start(request));
        } catch (IllegalStateException e) {
            throw new ApiException(429, "too_many_simulations", e.getMessage());
        }
    }

    private void stop(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(simulations.stop(id)
                .orElseThrow(() -> new ApiException(404, "not_found", "no simulation with id '" + id + "'")));
    }

    private static FeedRequest parse(byte[] body) {
        try {
            return body.length == 0 ? new FeedRequest(null, null, null, null, null) : REQUESTS.readValue(body, FeedRequest.class);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : firstLine(e.getMessage());
            throw new ApiException(400, "invalid_simulation", message, List.of());
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable request" : message.split("\n", 2)[0];
    }
}
