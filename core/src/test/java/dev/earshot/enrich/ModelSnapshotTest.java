package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.catalog.Catalog;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model snapshot read back enriches exactly as the pipeline it was exported from. */
class ModelSnapshotTest {
    final List<ListenEvent> events = Simulation.events(World.generate(SimulationConfig.of(Scenario.named("spotify"),
            30, 4, 11, LocalDate.of(2026, 3, 1)).withHoldoutDays(0)), TruthRecorder.NONE);

    @Test
    void aPipelineReadFromTheSnapshotEnrichesAsTheOriginal() {
        int half = events.size() / 2;
        EnrichmentPipeline original = new EnrichmentPipeline(new Catalog());
        CoListeningCounts counts = new CoListeningCounts();
        for (ListenEvent e : events.subList(0, half)) {
            original.enrich(e);
            counts.add(e);
        }
        original.useSimilarity(counts.fit(50));
        byte[] snapshot = ModelSnapshot.export(original);

        EnrichmentPipeline restored = ModelSnapshot.pipeline(snapshot);
        assertThat(ModelSnapshot.export(restored)).isEqualTo(snapshot);
        EnrichmentPipeline replay = original.forReplay();
        for (ListenEvent e : events.subList(half, events.size())) {
            assertThat(restored.enrich(e)).isEqualTo(replay.enrich(e));
        }
        assertThat(ModelSnapshot.modelVersion(snapshot)).isEqualTo(Enricher.MODEL_VERSION);
    }

    @Test
    void aSnapshotOfAnotherModelVersionIsRefused() {
        byte[] other = "{\"model_version\":\"1999.01-1\",\"catalog\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelSnapshot.pipeline(other)).hasMessageContaining("1999.01-1");
    }
}
