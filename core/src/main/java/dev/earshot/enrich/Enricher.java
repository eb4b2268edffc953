package dev.earshot.enrich;

import dev.earshot.catalog.Catalog;
import dev.earshot.catalog.Track;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The local enrichment of one event at a time, in event order: upserts the catalog from inline metadata,
 * then computes mood (cached per track), listening context and engagement. Genre prediction and similar
 * tracks are left null here: they come from {@code GenrePredictor} and {@code SimilarTracks}. Not
 * thread-safe, like the {@link Sessions} it keeps: one per enriching thread.
 */
public final class Enricher {
    public static final String MODEL_VERSION = "2026.11-2";
    private static final int OPEN_SESSIONS = 200_000;

    private final Catalog catalog;
    private final MoodModel moodModel = new MoodModel();
    private final ListeningContextModel contextModel = new ListeningContextModel();
    private final EngagementScorer engagement = new EngagementScorer();
    private final Sessions sessions = new Sessions(OPEN_SESSIONS);
    private final Map<String, Known> known = new HashMap<>();

    public Enricher(Catalog catalog) {
        this.catalog = catalog;
    }

    public Enrichment enrich(ListenEvent e) {
        Track track = e.track() != null ? catalog.upsert(e.trackId(), e.track()) : catalog.find(e.trackId());
        Known known = known(e.trackId(), track);
        MoodAnalysis mood = known == null ? null : known.mood;
        SessionState session = sessions.of(e);
        if (e.eventType() == EventType.PLAY) {
            session.trackStarted(known == null ? TrackTraits.UNKNOWN : known.traits);
        }
        ListeningContextInsight context = contextModel.infer(session, e.device());
        double score = engagement.score(e, track == null ? null : track.durationMs(), session.tracks());
        return new Enrichment(mood, null, context, null, score, MODEL_VERSION);
    }

    /** What we derive from a track, computed again only when the catalog's entry for it has changed. */
    private Known known(String trackId, Track track) {
        if (track == null) {
            return null;
        }
        Known k = known.get(trackId);
        if (k == null || k.track != track) {
            MoodAnalysis mood = moodModel.analyse(track);
            k = new Known(track, mood, TrackTraits.of(track.features(), mood));
            known.put(trackId, k);
        }
        return k;
    }

    private record Known(Track track, MoodAnalysis mood, double[] traits) {
    }
}
