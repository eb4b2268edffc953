package dev.earshot.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.catalog.Catalog;
import dev.earshot.catalog.Track;
import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an enrichment pipeline knows, as one JSON document: the model version of the enrichers, the catalog and
 * the co-listening model (each track's neighbours and listener count). A server exports it
 * ({@code earshot models export}); the stream job loads it at start, so both paths enrich with the same models
 * and the job's {@code model_version} equals the server's. Reading it back gives a pipeline with fresh session
 * state over an equal catalog and an equal model.
 */
public final class ModelSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelSnapshot() {
    }

    /** The snapshot of {@code pipeline}, tracks sorted by id so that the same state always gives the same bytes. */
    public static byte[] export(EnrichmentPipeline pipeline) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model_version", Enricher.MODEL_VERSION);
        List<Track> tracks = new ArrayList<>();
        pipeline.catalog().forEach(tracks::add);
        tracks.sort(Comparator.comparing(Track::id));
        ArrayNode catalog = root.putArray("catalog");
        for (Track t : tracks) {
            ObjectNode n = catalog.addObject();
            n.put("id", t.id());
            n.put("title", t.title());
            n.put("artist", t.artist());
            n.put("album", t.album());
            if (t.durationMs() != null) {
                n.put("duration_ms", t.durationMs());
            }
            ArrayNode genres = n.putArray("genres");
            t.genres().forEach(genres::add);
            ObjectNode features = n.putObject("audio_features");
            t.features().toMap().forEach(features::put);
        }
        ItemItemSimilarity similarity = pipeline.similarity();
        if (similarity != null) {
            ObjectNode model = root.putObject("co_listening");
            ArrayNode ids = model.putArray("track_ids");
            ArrayNode listeners = model.putArray("listeners");
            ArrayNode neighbours = model.putArray("neighbours");
            ArrayNode scores = model.putArray("scores");
            Map<String, Integer> index = new TreeMap<>();
            List<String> trackIds = similarity.trackIds();
            for (int i = 0; i < trackIds.size(); i++) {
                index.put(trackIds.get(i), i);
            }
            for (String id : trackIds) {
                ids.add(id);
                listeners.add(similarity.listeners(id));
                ArrayNode ns = neighbours.addArray();
                ArrayNode ss = scores.addArray();
                for (ItemItemNeighbour n : similarity.neighbours(id)) {
                    ns.add(index.get(n.trackId()));
                    ss.add(n.similarity());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model version a snapshot was made with. */
    public static String modelVersion(byte[] snapshot) {
        return read(snapshot).path("model_version").asText(null);
    }

    /**
     * A pipeline over the snapshot's catalog and model. Refuses a snapshot made by enrichers of another version:
     * its rows would carry a model_version the job's code does not compute.
     */
    public static EnrichmentPipeline pipeline(byte[] snapshot) {
        JsonNode root = read(snapshot);
        String version = root.path("model_version").asText(null);
        if (!Enricher.MODEL_VERSION.equals(version)) {
            throw new IllegalArgumentException("the model snapshot is of model version " + version + " but these"
                    + " enrichers are " + Enricher.MODEL_VERSION + "; export it again from a server of this version");
        }
        Catalog catalog = new Catalog();
        for (JsonNode n : root.path("catalog")) {
            List<String> genres = new ArrayList<>();
            n.path("genres").forEach(g -> genres.add(g.asText()));
            Map<String, Double> features = new TreeMap<>();
            n.path("audio_features").fields().forEachRemaining(f -> features.put(f.getKey(), f.getValue().asDouble()));
            catalog.upsert(n.get("id").asText(), new TrackMetadata(text(n, "title"), text(n, "artist"),
                    text(n, "album"), n.has("duration_ms") ? n.get("duration_ms").asLong() : null, genres, features));
        }
        EnrichmentPipeline pipeline = new EnrichmentPipeline(catalog);
        JsonNode model = root.get("co_listening");
        if (model != null) {
            pipeline.useSimilarity(similarity(model));
        }
        return pipeline;
    }

    private static ItemItemSimilarity similarity(JsonNode model) {
        List<String> ids = new ArrayList<>();
        model.get("track_ids").forEach(id -> ids.add(id.asText()));
        int[] listeners = new int[ids.size()];
        int[][] neighbours = new int[ids.size()][];
        float[][] scores = new float[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            listeners[i] = model.get("listeners").get(i).asInt();
            JsonNode ns = model.get("neighbours").get(i);
            JsonNode ss = model.get("scores").get(i);
            neighbours[i] = new int[ns.size()];
            scores[i] = new float[ns.size()];
            for (int k = 0; k < ns.size(); k++) {
                neighbours[i][k] = ns.get(k).asInt();
                scores[i][k] = (float) ss.get(k).asDouble();
            }
        }
        return new ItemItemSimilarity(ids, new ItemItemFit.Neighbours(neighbours, scores), listeners);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(byte[] snapshot) {
        try {
            return JSON.readTree(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a model snapshot: " + e.getMessage(), e);
        }
    }
}
