package dev.earshot.models;

import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstFitsTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void fitsModelsThatLearntFromNothingOnceListeningIsStoredAndThenLeavesThemAlone() {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(dir.resolve("f.duckdb"), "256MB", CLOCK)) {
            ListeningFold listening = new ListeningFold(warehouse, Duration.ofDays(30), CLOCK, true);
            ModelRebuilder similarity = new ModelRebuilder(listening, new EnrichmentPipeline(new Catalog()), CLOCK);
            RecommendationService recommendations = new RecommendationService(listening, warehouse, CLOCK);
            FirstFits firstFits = new FirstFits(warehouse, similarity, recommendations);
            similarity.rebuild();
            recommendations.refit();

            firstFits.run();
            assertThat(similarity.last().events()).as("nothing stored yet: nothing to learn").isZero();

            warehouse.write(List.of(new StoredEvent(event("a", "u1", NOW.minusSeconds(60)), NOW),
                    new StoredEvent(event("b", "u2", NOW.minusSeconds(30)), NOW)), List.of());
            firstFits.run();
            assertThat(similarity.last().events()).isEqualTo(2);
            assertThat(recommendations.fittedOnNothing()).isFalse();

            ModelRebuilder.Report learnt = similarity.last();
            warehouse.write(List.of(new StoredEvent(event("c", "u3", NOW.minusSeconds(10)), NOW)), List.of());
            firstFits.run();
            assertThat(similarity.last()).as("left to the regular schedule").isSameAs(learnt);
        }
    }
}
