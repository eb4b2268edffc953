package dev.earshot.web;

import dev.earshot.auth.Pseudonyms;
import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.ingest.IngestReport;
import dev.earshot.ingest.IngestService;
import dev.earshot.simulations.LiveEventSender;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.EventQuery;
import dev.earshot.store.Warehouse;
import dev.earshot.users.UserEvents;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** POST /v1/events, GET /v1/events and GET /v1/events/{event_id}: translate HTTP, call one service. */
final class EventRoutes {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final IngestService ingest;
    private final Warehouse warehouse;
    private final UserEvents events;
    private final long maxBodyBytes;
    private final Pseudonyms pseudonyms;

    EventRoutes(IngestService ingest, Warehouse warehouse, UserEvents events, long maxBodyBytes, Pseudonyms pseudonyms) {
        this.ingest = ingest;
        this.warehouse = warehouse;
        this.events = events;
        this.maxBodyBytes = maxBodyBytes;
        this.pseudonyms = pseudonyms;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/events", this::post);
        routes.get("/v1/events", this::list);
        routes.get("/v1/events/{event_id}", this::one);
    }

    private void post(Context ctx) {
        var format = MediaTypes.formatOf(ctx.contentType());
        IngestReport report = ingest.ingest(BodyReader.read(ctx, maxBodyBytes), format, claimedSource(ctx));
        ctx.status(report.nothingValid() ? 422 : 200).json(IngestResponse.of(report));
    }

    /**
     * A client may say its events are simulated (`earshot simulate --target` does), never that they came through a
     * protocol or an import: those sources are the server's own to set.
     */
    private static EventOrigin claimedSource(Context ctx) {
        String claimed = ctx.header(LiveEventSender.SOURCE_HEADER);
        if (claimed == null || claimed.equals(EventOrigin.API.wire())) {
            return EventOrigin.API;
        }
        if (claimed.equals(EventOrigin.SIMULATION.wire())) {
            return EventOrigin.SIMULATION;
        }
        throw new ApiException(400, "invalid_header", "the " + LiveEventSender.SOURCE_HEADER
                + " header may only be api or simulation");
    }

    private void list(Context ctx) {
        ctx.contentType("application/json").result(EventsJson.page(events.page(query(new QueryParams(ctx)))));
    }

    /** GET /v1/events' query; the user_id asked for maps to the one stored. */
    private EventQuery query(QueryParams params) {
        return new EventQuery(pseudonyms.of(params.value("user_id")), params.value("track_id"),
                params.wire("event_type", EventType.WIRE), params.wire("platform", Platform.WIRE),
                params.instant("from"), params.instant("to"), params.cursor("cursor"),
                params.integer("limit", DEFAULT_LIMIT, MAX_LIMIT), params.source("source"),
                params.source("exclude_source"));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("event_id");
        var found = warehouse.event(id)
                .orElseThrow(() -> new ApiException(404, "not_found", "no event with event_id '" + id + "'"));
        ctx.contentType("application/json").result(EventsJson.single(found));
    }
}
