package dev.earshot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.llm.TrackInsight;
import dev.earshot.testkit.Events;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmInsightTableTest {
    @TempDir
    Path dir;

    @Test
    void keptInsightsSurviveReopeningTheDatabase() {
        TrackInsight rock = new TrackInsight("t1", List.of(new GenreProbability("rock", 0.7),
                new GenreProbability("indie", 0.2)), Mood.ENERGETIC, 0.7, 0.8, "claude-test");
        TrackInsight jazz = new TrackInsight("t2", List.of(new GenreProbability("jazz", 0.9)), Mood.CALM, 0.6, 0.2,
                "claude-test");
        try (DuckDbWarehouse w = open()) {
            LlmInsightTable table = new LlmInsightTable(w);
            table.save(List.of(rock, jazz));
            table.save(List.of(new TrackInsight("t2", List.of(new GenreProbability("folk", 0.5)), Mood.SAD, 0.3, 0.2,
                    "claude-test")));
        }
        try (DuckDbWarehouse w = open()) {
            assertThat(new LlmInsightTable(w).loadAll()).containsExactlyInAnyOrder(rock, new TrackInsight("t2",
                    List.of(new GenreProbability("folk", 0.5)), Mood.SAD, 0.3, 0.2, "claude-test"));
        }
    }

    private DuckDbWarehouse open() {
        return DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", Events.CLOCK);
    }
}
