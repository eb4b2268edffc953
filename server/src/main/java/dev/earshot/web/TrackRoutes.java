package dev.earshot.web;

import dev.earshot.models.CoListening;
import dev.earshot.catalog.Track;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.Warehouse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** GET /v1/tracks/{id}: a track's catalog entry; GET /v1/tracks/{id}/similar: the tracks most like it. */
final class TrackRoutes {
    static final int MAX_SIMILAR = 10;

    private final Warehouse warehouse;
    private final CoListening models;
    private final Function<String, Track> catalog;

    TrackRoutes(Warehouse warehouse, CoListening models, Function<String, Track> catalog) {
        this.warehouse = warehouse;
        this.models = models;
        this.catalog = catalog;
    }

    /** A catalog entry as the API shows it. */
    record TrackBody(String trackId, String title, String artist, String album, Long durationMs, List<String> genres,
                     Map<String, Double> audioFeatures) {
    }

    /** One similar track, named when the catalog knows it. */
    record SimilarTrack(String trackId, String title, String artist) {
    }

    record SimilarBody(String trackId, List<SimilarTrack> similar) {
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/tracks/{id}", this::track);
        routes.get("/v1/tracks/{id}/similar", this::similar);
    }

    private void track(Context ctx) {
        String id = ctx.pathParam("id");
        TrackMetadata t = warehouse.track(id)
                .orElseThrow(() -> new ApiException(404, "not_found", "no track '" + id + "' in the catalog"));
        ctx.json(new TrackBody(id, t.title(), t.artist(), t.album(), t.durationMs(), t.genres(), t.audioFeatures()));
    }

    /** 409 with enrichment off, 503 before the first co-listening model, [] when nothing is known of the track. */
    private void similar(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = new QueryParams(ctx).integer("limit", MAX_SIMILAR, MAX_SIMILAR);
        List<String> ids = models.similarTo(id);
        if (ids == null) {
            throw new ApiException(503, "model_not_ready", "the co-listening model has not been built yet; retry shortly");
        }
        ctx.json(new SimilarBody(id, ids.stream().limit(limit).map(this::named).toList()));
    }

    private SimilarTrack named(String trackId) {
        Track t = catalog.apply(trackId);
        return new SimilarTrack(trackId, t == null ? null : t.title(), t == null ? null : t.artist());
    }
}
