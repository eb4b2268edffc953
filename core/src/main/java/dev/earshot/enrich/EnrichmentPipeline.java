package dev.earshot.enrich;

import dev.earshot.catalog.Catalog;
import dev.earshot.catalog.Track;
import dev.earshot.enrich.llm.LlmInsights;
import dev.earshot.event.ListenEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs every local insight over events in arrival order, for the ingest path: catalog upsert, mood,
 * listening context and engagement ({@link Enricher}), then genre prediction and similar tracks over the
 * current co-listening snapshot. Until a snapshot has been built from stored listening
 * ({@link #useSimilarity}), genres come from the catalog alone and similar tracks stay null (not computed).
 * Answers from the snapshot are cached per track, since neighbour votes and the audio scan for cold tracks
 * cost tens to hundreds of microseconds, and a snapshot does not change; tracks the snapshot never saw are
 * answered without it and not cached, so made-up track ids cannot grow the caches, which are bounded anyway.
 * Thread-safe: the local part is serialised, since the session state behind listening context follows each
 * listener's events in order; the snapshot part runs outside that lock.
 */
public final class EnrichmentPipeline {
    static final int MAX_CACHED = 200_000;

    private final Catalog catalog;
    private final MoodModel moodFromGenres = new MoodModel();
    private final Enricher enricher;
    private volatile Snapshot snapshot;
    private volatile LlmInsights llm;

    public EnrichmentPipeline(Catalog catalog) {
        this.catalog = catalog;
        this.enricher = new Enricher(catalog);
        ItemItemSimilarity none = new CoListeningCounts().fit(1);
        this.snapshot = new Snapshot(none, new GenrePredictor(none, this::catalogGenres), null);
    }

    private EnrichmentPipeline(Catalog catalog, Snapshot snapshot) {
        this.catalog = catalog;
        this.enricher = new Enricher(catalog);
        this.snapshot = snapshot;
    }

    /**
     * A pipeline over the same catalog and co-listening model but with session state of its own, to enrich
     * stored events again in their time order (a backfill) without disturbing the sessions of live ingest.
     * Claude's answers, when on, are read from the same cache.
     */
    public EnrichmentPipeline forReplay() {
        Snapshot s = snapshot;
        EnrichmentPipeline replay = new EnrichmentPipeline(catalog, new Snapshot(s.similarity, s.genres, s.similar));
        replay.llm = llm;
        return replay;
    }

    public Enrichment enrich(ListenEvent e) {
        Enrichment local;
        synchronized (enricher) {
            local = enricher.enrich(e);
        }
        Snapshot s = snapshot;
        // One catalog lookup serves the genre vote and Claude's answer (the local part may just have upserted it).
        Track track = catalog.find(e.trackId());
        List<String> catalogGenres = track == null ? List.of() : track.genres();
        GenrePrediction genre = s.genre(e.trackId(), catalogGenres);
        // A track with neither features nor catalog genres (an imported Last.fm scrobble, say) takes the mood
        // prior of the genres its neighbours voted for, less sure than a prior of its own genres.
        MoodAnalysis mood = local.moodAnalysis() != null ? local.moodAnalysis() : moodFromGenres.fromPredictedGenres(genre);
        Enrichment out = new Enrichment(mood, genre,
                local.listeningContext(), s.similar(e.trackId()), local.engagementScore(), local.modelVersion());
        LlmInsights l = llm;
        return l == null ? out : l.complete(track, out);
    }

    /**
     * The tracks most like this one under the current co-listening model (blended with audio features for
     * rarely played tracks); null before the first model, empty when nothing is known about the track.
     */
    public List<String> similarTo(String trackId) {
        return snapshot.similar(trackId);
    }

    /** Lets Claude's cached answers fill in what the catalog does not say (see {@link LlmInsights}). */
    public void useLlm(LlmInsights insights) {
        llm = insights;
    }

    /** The catalog the pipeline reads and upserts (for a model snapshot). */
    public Catalog catalog() {
        return catalog;
    }

    /** The co-listening model in use, or null before the first one was swapped in. */
    public ItemItemSimilarity similarity() {
        Snapshot s = snapshot;
        return s.similar == null ? null : s.similarity;
    }

    /** Swaps in a co-listening model built from stored listening; events from now on use it. */
    public void useSimilarity(ItemItemSimilarity similarity) {
        snapshot = new Snapshot(similarity, new GenrePredictor(similarity, this::catalogGenres),
                new SimilarTracks(similarity, this::features));
    }

    private List<String> catalogGenres(String trackId) {
        Track track = catalog.find(trackId);
        return track == null ? List.of() : track.genres();
    }

    private double[] features(String trackId) {
        Track track = catalog.find(trackId);
        return track == null ? null : track.features().toVector();
    }

    /** A genre prediction made from the catalog, with the genre list it was made from. */
    private record FromCatalog(List<String> genres, GenrePrediction prediction) {
    }

    /** One co-listening model and the answers it has given so far. */
    private final class Snapshot {
        private final ItemItemSimilarity similarity;
        private final GenrePredictor genres;
        private final SimilarTracks similar;
        private final Map<String, Optional<GenrePrediction>> votes = new ConcurrentHashMap<>();
        private final Map<String, FromCatalog> fromCatalog = new ConcurrentHashMap<>();
        private final Map<String, List<String>> similarByTrack = new ConcurrentHashMap<>();

        Snapshot(ItemItemSimilarity similarity, GenrePredictor genres, SimilarTracks similar) {
            this.similarity = similarity;
            this.genres = genres;
            this.similar = similar;
        }

        /**
         * Catalog genres can change with any event, so their prediction is cached with the genre list it came
         * from (the catalog keeps the same list while a track's metadata is unchanged); neighbour votes are
         * cached per snapshot.
         */
        GenrePrediction genre(String trackId, List<String> catalogGenres) {
            if (!catalogGenres.isEmpty()) {
                FromCatalog known = fromCatalog.get(trackId);
                if (known == null || known.genres() != catalogGenres) {
                    known = cached(fromCatalog, trackId, id -> new FromCatalog(catalogGenres, genres.predict(id)), true);
                }
                return known.prediction();
            }
            if (similarity.listeners(trackId) == 0) {
                return null;
            }
            return cached(votes, trackId, id -> Optional.ofNullable(genres.predict(id)), false).orElse(null);
        }

        List<String> similar(String trackId) {
            if (similar == null) {
                return null;
            }
            if (similarity.listeners(trackId) == 0 && features(trackId) == null) {
                return List.of();
            }
            return cached(similarByTrack, trackId, similar::similar, false);
        }

        private <V> V cached(Map<String, V> cache, String trackId, java.util.function.Function<String, V> compute,
                             boolean refresh) {
            V value = refresh ? null : cache.get(trackId);
            if (value == null) {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                value = compute.apply(trackId);
                cache.put(trackId, value);
            }
            return value;
        }
    }
}
