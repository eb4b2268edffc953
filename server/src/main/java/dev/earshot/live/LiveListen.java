package dev.earshot.live;

import dev.earshot.catalog.Track;
import dev.earshot.enrich.Enrichment;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.StoredEvent;
import java.time.Instant;

/** One committed event as the dashboard's live stream shows it (docs/api-analytics.md, {@code event: listen}). */
public record LiveListen(String eventId, String eventType, String userId, String trackId, String title,
                         String artist, String platform, String country, Instant timestamp, String mood, String genre) {

    /** {@code known} is the catalog entry of the track, or null; inline metadata of the event wins. */
    static LiveListen of(StoredEvent stored, Track known) {
        ListenEvent e = stored.event();
        TrackMetadata inline = e.track();
        String title = inline != null && inline.title() != null ? inline.title() : known == null ? null : known.title();
        String artist = inline != null && inline.artist() != null ? inline.artist() : known == null ? null : known.artist();
        Enrichment insight = stored.enrichment();
        String mood = insight == null || insight.moodAnalysis() == null ? null : insight.moodAnalysis().mood().wire();
        String genre = insight == null || insight.genrePrediction() == null ? null : insight.genrePrediction().top().genre();
        return new LiveListen(e.eventId(), e.eventType().wire(), e.userId(), e.trackId(), title, artist,
                e.platform().wire(), e.location() == null ? null : e.location().country(), e.timestamp(), mood, genre);
    }
}
