package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.Catalog;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichmentPipelineTest {
    static final Instant T = Instant.parse("2025-03-01T18:00:00Z");

    static ListenEvent complete(String id, String user, String track, TrackMetadata meta) {
        return new ListenEvent(id, EventType.COMPLETE, user, track, T, T, Platform.SPOTIFY, null, "s-" + user,
                200_000L, 200_000L, 200_000L, null, null, meta);
    }

    static TrackMetadata rock() {
        return new TrackMetadata("R", "A", null, 200_000L, List.of("rock"), Map.of());
    }

    @Test
    void genresComeFromTheCatalogAndSimilarTracksAreNotComputedBeforeAModelExists() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(new Catalog());
        Enrichment known = pipeline.enrich(complete("e1", "u1", "known", rock()));
        assertThat(known.genrePrediction().source()).isEqualTo(Source.CATALOG);
        assertThat(known.genrePrediction().top().genre()).isEqualTo("rock");
        assertThat(known.similarTracks()).isNull();
        assertThat(pipeline.enrich(complete("e2", "u1", "unknown", null)).genrePrediction()).isNull();
    }

    @Test
    void aCoListeningModelGivesCatalogLessTracksGenresAndEveryTrackSimilarOnes() {
        Catalog catalog = new Catalog();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(catalog);
        CoListeningCounts counts = new CoListeningCounts();
        for (int u = 0; u < 10; u++) {
            for (String track : List.of("r1", "r2", "r3", "mystery")) {
                ListenEvent e = complete("e" + u + track, "u" + u, track, track.equals("mystery") ? null : rock());
                pipeline.enrich(e);
                counts.add(e);
            }
        }
        pipeline.useSimilarity(counts.fit(10));

        Enrichment mystery = pipeline.enrich(complete("m", "u0", "mystery", null));
        assertThat(mystery.genrePrediction().source()).isEqualTo(Source.NEIGHBOURS);
        assertThat(mystery.genrePrediction().top().genre()).isEqualTo("rock");
        assertThat(mystery.similarTracks()).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(pipeline.enrich(complete("x", "u1", "r1", null)).genrePrediction().source()).isEqualTo(Source.CATALOG);
    }
}
