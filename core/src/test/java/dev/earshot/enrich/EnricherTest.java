package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.Catalog;
import dev.earshot.event.Device;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnricherTest {
    private static final Instant T0 = Instant.parse("2025-03-04T10:30:00Z");
    private static final TrackMetadata LOUD_AND_HAPPY = new TrackMetadata("Song", "Artist", "Album", 200_000L,
            List.of("pop"), Map.of("valence", 0.9, "energy", 0.9));

    private static ListenEvent event(EventType type, String trackId, TrackMetadata track, Long msPlayed, Instant at) {
        return new ListenEvent("e", type, "u1", trackId, at, null, Platform.SPOTIFY,
                Location.fromText("Berlin, Germany"), "s1", null, msPlayed, 200_000L, Device.DESKTOP, null, track);
    }

    @Test
    void unknownTrackHasNoMoodButStillAContextAndAScore() {
        Enrichment e = new Enricher(new Catalog()).enrich(event(EventType.PLAY, "t1", null, null, T0));

        assertThat(e.moodAnalysis()).isNull();
        assertThat(e.listeningContext().context()).isEqualTo(ListeningContext.FOCUS);
        assertThat(e.engagementScore()).isEqualTo(0.5);
        assertThat(e.modelVersion()).isEqualTo(Enricher.MODEL_VERSION);
    }

    @Test
    void leavesGenreAndSimilarTracksToTheirOwnModels() {
        Enrichment e = new Enricher(new Catalog()).enrich(event(EventType.PLAY, "t1", LOUD_AND_HAPPY, null, T0));

        assertThat(e.genrePrediction()).isNull();
        assertThat(e.similarTracks()).isNull();
    }

    @Test
    void inlineMetadataFillsTheCatalogAndGivesAMood() {
        Catalog catalog = new Catalog();
        Enricher enricher = new Enricher(catalog);
        enricher.enrich(event(EventType.PLAY, "t1", LOUD_AND_HAPPY, null, T0));

        Enrichment later = enricher.enrich(event(EventType.COMPLETE, "t1", null, 200_000L, T0.plusSeconds(200)));

        assertThat(catalog.find("t1")).isNotNull();
        assertThat(later.moodAnalysis().mood()).isEqualTo(Mood.ENERGETIC);
        assertThat(later.moodAnalysis().source()).isEqualTo(Source.FEATURES);
    }

    @Test
    void changedMetadataChangesTheMood() {
        Enricher enricher = new Enricher(new Catalog());
        enricher.enrich(event(EventType.PLAY, "t1", LOUD_AND_HAPPY, null, T0));
        TrackMetadata quietAndSad = new TrackMetadata(null, null, null, null, List.of(), Map.of("valence", 0.1, "energy", 0.1));

        Enrichment e = enricher.enrich(event(EventType.PLAY, "t1", quietAndSad, null, T0.plusSeconds(10)));

        assertThat(e.moodAnalysis().mood()).isEqualTo(Mood.SAD);
    }

    @Test
    void engagementGrowsWithSessionDepth() {
        Enricher enricher = new Enricher(new Catalog());
        Instant t = T0;
        double first = enricher.enrich(event(EventType.PLAY, "t1", null, null, t)).engagementScore();
        for (int i = 0; i < 5; i++) {
            t = t.plusSeconds(200);
            enricher.enrich(event(EventType.PLAY, "t" + i, null, null, t));
        }

        assertThat(enricher.enrich(event(EventType.PLAY, "t9", null, null, t.plusSeconds(200))).engagementScore())
                .isEqualTo(first + 0.06);
    }
}
