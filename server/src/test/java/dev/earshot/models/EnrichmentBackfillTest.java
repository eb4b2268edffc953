package dev.earshot.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.Enricher;
import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentBackfillTest {
    static final Instant START = Instant.parse("2025-03-03T07:00:00Z");
    static final TrackMetadata ENERGETIC = new TrackMetadata("Run", "Band", null, 200_000L, List.of("rock"),
            Map.of("energy", 0.9, "valence", 0.8, "danceability", 0.7, "tempo", 150.0));

    @TempDir
    Path dir;
    DuckDbWarehouse warehouse;
    EnrichmentBackfill backfill;

    @BeforeEach
    void open() {
        warehouse = DuckDbWarehouse.open(dir.resolve("b.duckdb"), "256MB", Clock.fixed(START, ZoneOffset.UTC));
        backfill = new EnrichmentBackfill(warehouse, new EnrichmentPipeline(new Catalog()),
                Clock.fixed(START, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    /** Two days of one listener's plays, stored while enrichment was off, one already of the current version. */
    private List<StoredEvent> storedWithoutInsight() {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant at = START.plus(Duration.ofMinutes(4L * i)).plus(Duration.ofDays(i / 15));
            ListenEvent e = new ListenEvent("e" + i, EventType.PLAY, "runner", "track-1", at, at, Platform.SPOTIFY,
                    new Location("GB", null, "London"), "s" + i / 15, 0L, 200_000L, 200_000L, null, null, ENERGETIC);
            events.add(new StoredEvent(e, at, null));
        }
        return events;
    }

    @Test
    void enrichesEveryEventStoredWithoutTheCurrentModelsInTimeOrder() {
        warehouse.write(storedWithoutInsight(), List.of());
        Enrichment marker = new Enrichment(null, null, null, null, 0.123, Enricher.MODEL_VERSION);
        warehouse.replaceEnrichment(List.of(new StoredEvent(warehouse.event("e0").orElseThrow().event(), START, marker)));

        assertThat(backfill.run(new BackfillRequest(null, null, false))).isEqualTo(29);

        assertThat(warehouse.event("e0").orElseThrow().enrichment()).isEqualTo(marker);
        Enrichment later = warehouse.event("e29").orElseThrow().enrichment();
        assertThat(later.modelVersion()).isEqualTo(Enricher.MODEL_VERSION);
        assertThat(later.moodAnalysis()).isNotNull();
        assertThat(later.genrePrediction().top().genre()).isEqualTo("rock");
        assertThat(later.listeningContext().context()).isNotNull();
        assertThat(backfill.status().state()).isEqualTo("done");
        assertThat(backfill.status().enriched()).isEqualTo(29);
        // Nothing is left to do, unless asked for everything.
        assertThat(backfill.run(new BackfillRequest(null, null, false))).isZero();
        assertThat(backfill.run(new BackfillRequest(null, null, true))).isEqualTo(30);
    }

    @Test
    void keepsToTheRangeAskedFor() {
        warehouse.write(storedWithoutInsight(), List.of());
        Instant secondDay = START.plus(Duration.ofDays(1));
        assertThat(backfill.run(new BackfillRequest(secondDay, null, false))).isEqualTo(15);
        assertThat(warehouse.event("e0").orElseThrow().enrichment()).isNull();
        assertThat(warehouse.event("e15").orElseThrow().enrichment()).isNotNull();
    }

    @Test
    void anEmptyWarehouseIsDoneAtOnce() {
        assertThat(backfill.run(new BackfillRequest(null, null, true))).isZero();
        assertThat(backfill.status().state()).isEqualTo("done");
    }
}
