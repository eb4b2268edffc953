package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Platform;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.store.EventQuery;
import dev.earshot.support.Pipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
    @TempDir
    Path dir;

    static DemoData small() {
        LocalDate end = LocalDate.now(ZoneOffset.UTC);
        return new DemoData(List.of(
                SimulationConfig.of(Scenario.named("spotify"), 30, 3, 42, end).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("apple_music"), 10, 3, 43, end).withHoldoutDays(0)),
                new FeedRequest("spotify", 30, 50.0, 42L, 3, FeedRequest.DEMO_LISTENERS));
    }

    @Test
    void loadsHistoryOfEveryPlatformIntoAnEmptyWarehouseOnceAndStartsATrickle() {
        Path db = dir.resolve("demo.duckdb");
        long afterFirst;
        try (Pipeline p = new Pipeline(db); SimulationService sims = new SimulationService(p.ingest, Clock.systemUTC())) {
            assertThat(small().load(p.warehouse, p.ingest, sims)).isTrue();
            afterFirst = p.warehouse.countEvents();
            assertThat(afterFirst).isGreaterThan(100);
            // Both worlds call their listeners u0, u1, …: the second one's are renamed so that they stay apart.
            assertThat(p.warehouse.events(new EventQuery(null, null, null, Platform.APPLE_MUSIC, null, null, null, 1000))
                    .events()).isNotEmpty().allSatisfy(e -> assertThat(e.event().userId()).startsWith("apple_music-u"));
            assertThat(p.warehouse.events(new EventQuery(null, null, null, Platform.SPOTIFY, null, null, null, 1000))
                    .events()).isNotEmpty().allSatisfy(e -> assertThat(e.event().userId()).matches("u\\d+"));
            assertThat(sims.list()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("running"));
            sims.close();
            afterFirst = p.warehouse.countEvents();
        }
        try (Pipeline p = new Pipeline(db); SimulationService sims = new SimulationService(p.ingest, Clock.systemUTC())) {
            assertThat(small().load(p.warehouse, p.ingest, sims)).isFalse();
            sims.close();
            // History is not loaded twice: only what the new trickle sent before it was stopped is added.
            long trickled = sims.list().get(0).accepted();
            assertThat(p.warehouse.countEvents()).isEqualTo(afterFirst + trickled);
        }
    }

    @Test
    void pipelinedLoadStoresEveryGeneratedEventOnce() throws Exception {
        // Enough batches that several are in flight at once.
        DemoData demo = new DemoData(List.of(SimulationConfig.of(Scenario.named("spotify"), 150, 5, 42,
                LocalDate.now(ZoneOffset.UTC)).withHoldoutDays(0)), small().trickle());
        long generated = 0;
        for (SimulationConfig config : demo.history()) {
            long[] n = {0};
            dev.earshot.simulate.Simulation.run(dev.earshot.simulate.World.generate(config), new dev.earshot.simulate.EventSink() {
                @Override
                public void accept(dev.earshot.event.ListenEvent event) {
                    n[0]++;
                }

                @Override
                public void close() {
                }
            }, dev.earshot.simulate.TruthRecorder.NONE);
            generated += n[0];
        }
        try (Pipeline p = new Pipeline(dir.resolve("count.duckdb"));
             SimulationService sims = new SimulationService(p.ingest, Clock.systemUTC())) {
            assertThat(generated).isGreaterThan(DemoData.BATCH * (DemoData.IN_FLIGHT + 1L));
            assertThat(demo.load(p.warehouse, p.ingest, sims)).isTrue();
            sims.close();
            long trickled = sims.list().get(0).accepted();
            assertThat(p.warehouse.countEvents()).isEqualTo(generated + trickled);
        }
    }
}
