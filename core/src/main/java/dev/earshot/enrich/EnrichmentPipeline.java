package dev.earshot.enrich;

import dev.earshot.catalog.Catalog;
import dev.earshot.catalog.Track;
import dev.earshot.event.ListenEvent;
import java.util.List;

/**
 * Runs every local insight over events in arrival order, for the ingest path: catalog upsert, mood,
 * listening context and engagement ({@link Enricher}), and genre prediction ({@link GenrePredictor}) over
 * the current co-listening snapshot. Until a snapshot is built from stored listening, genres come from the
 * catalog alone; similar tracks stay null (not computed) until then too. Thread-safe: calls are serialised,
 * since the session state behind listening context follows each listener's events in order.
 */
public final class EnrichmentPipeline {
    static final int NEIGHBOURS = 50;

    private final Catalog catalog;
    private final Enricher enricher;
    private final GenrePredictor genres;

    public EnrichmentPipeline(Catalog catalog) {
        this.catalog = catalog;
        this.enricher = new Enricher(catalog);
        this.genres = new GenrePredictor(new CoListeningCounts().fit(NEIGHBOURS), this::catalogGenres);
    }

    public synchronized Enrichment enrich(ListenEvent e) {
        Enrichment local = enricher.enrich(e);
        return new Enrichment(local.moodAnalysis(), genres.predict(e.trackId()), local.listeningContext(),
                local.similarTracks(), local.engagementScore(), local.modelVersion());
    }

    private List<String> catalogGenres(String trackId) {
        Track track = catalog.find(trackId);
        return track == null ? List.of() : track.genres();
    }
}
