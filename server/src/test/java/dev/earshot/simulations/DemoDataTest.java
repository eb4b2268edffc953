package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.event.Platform;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.store.EventQuery;
import dev.earshot.store.StateFiles;
import dev.earshot.support.Pipeline;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
    static final Clock CLOCK = Events.CLOCK;
    static final LocalDate END = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static DemoData small() {
        return new DemoData(List.of(
                SimulationConfig.of(Scenario.named("spotify"), 30, 3, 42, END).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("apple_music"), 10, 3, 43, END).withHoldoutDays(0)),
                new FeedRequest("spotify", 30, 50.0, 42L, 3, FeedRequest.DEMO_LISTENERS), Duration.ZERO);
    }

    static DemoProgress progress(Path db) {
        return DemoProgress.open(StateFiles.beside(db));
    }

    @Test
    void loadsHistoryOfEveryPlatformIntoAnEmptyWarehouseOnceAndStartsATrickle() {
        Path db = dir.resolve("demo.duckdb");
        long afterFirst;
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            DemoProgress progress = progress(db);
            assertThat(progress.loading()).as("no load started yet").isFalse();
            assertThat(small().load(p.warehouse, p.ingest, sims, progress)).isTrue();
            assertThat(progress.loading()).as("the background work waits no longer").isFalse();
            afterFirst = p.warehouse.countEvents();
            assertThat(afterFirst).isGreaterThan(100);
            assertThat(progress.view()).hasValueSatisfying(v -> {
                assertThat(v.state()).isEqualTo("complete");
                assertThat(v.eventsStored()).isGreaterThan(100).isLessThanOrEqualTo(p.warehouse.countEvents());
                assertThat(v.worldsDone()).isEqualTo(2);
            });
            // Both worlds call their listeners u0, u1, …: the second one's are renamed so that they stay apart.
            assertThat(p.warehouse.events(new EventQuery(null, null, null, Platform.APPLE_MUSIC, null, null, null, 1000))
                    .events()).isNotEmpty().allSatisfy(e -> assertThat(e.event().userId()).startsWith("apple_music-u"));
            assertThat(p.warehouse.events(new EventQuery(null, null, null, Platform.SPOTIFY, null, null, null, 1000))
                    .events()).isNotEmpty().allSatisfy(e -> assertThat(e.event().userId()).matches("u\\d+"));
            assertThat(sims.list()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("running"));
            sims.close();
            afterFirst = p.warehouse.countEvents();
        }
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            assertThat(small().load(p.warehouse, p.ingest, sims, progress(db))).isFalse();
            sims.close();
            // History is not loaded twice: only what the new trickle sent before it was stopped is added.
            long trickled = sims.list().get(0).accepted();
            assertThat(p.warehouse.countEvents()).isEqualTo(afterFirst + trickled);
        }
    }

    @Test
    void theHistoryRunsUpToTheMomentTheLoadBeganSoThatTodayIsNotEmpty() {
        // Worlds to midnight tonight, cut at noon today: the morning is there, the afternoon is left to the trickle.
        Instant noon = END.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(12 * 3_600);
        DemoData demo = new DemoData(List.of(
                SimulationConfig.of(Scenario.named("spotify"), 30, 2, 42, END.plusDays(1)).withHoldoutDays(0)),
                new FeedRequest("spotify", 30, 50.0, 42L, 3, FeedRequest.DEMO_LISTENERS), Duration.ZERO, noon);
        Path db = dir.resolve("until.duckdb");
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            demo.load(p.warehouse, p.ingest, sims, progress(db));
            String trickle = sims.list().get(0).id();
            sims.close();
            List<Instant> history = p.warehouse.events(new EventQuery(null, null, null, null, null, null, null, 100_000))
                    .events().stream().filter(e -> !e.event().eventId().startsWith(trickle + "_"))
                    .map(e -> e.event().timestamp()).toList();
            assertThat(history).isNotEmpty().allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(noon));
            assertThat(history).anySatisfy(t -> assertThat(t).isAfterOrEqualTo(END.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    @Test
    void aLoadThatStopsSaysWhyAndTheNextStartResumesWhereItStopped() {
        long full = fullLoad(dir.resolve("full.duckdb"));
        Path db = dir.resolve("demo.duckdb");
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            // The writer is gone, as when the machine fails under the load: every batch goes unconfirmed.
            p.writer.close();
            DemoProgress progress = progress(db);
            assertThatThrownBy(() -> small().load(p.warehouse, p.ingest, sims, progress)).isInstanceOf(RuntimeException.class);
            assertThat(progress.view()).hasValueSatisfying(v -> {
                assertThat(v.state()).isEqualTo("stopped");
                assertThat(v.reason()).isNotBlank();
            });
            assertThat(progress.loading()).as("a stopped load holds no background work back").isFalse();
            assertThat(sims.list()).as("no trickle over a partial history").isEmpty();
        }
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            DemoProgress progress = progress(db);
            assertThat(progress.loading()).as("stopped, not yet resumed").isFalse();
            assertThat(small().load(p.warehouse, p.ingest, sims, progress)).isTrue();
            sims.close();
            long trickled = sims.list().get(0).accepted();
            assertThat(p.warehouse.countEvents()).isEqualTo(full + trickled);
            assertThat(progress.view()).hasValueSatisfying(v -> {
                assertThat(v.state()).isEqualTo("complete");
                assertThat(v.resumed()).isTrue();
            });
        }
    }

    @Test
    void aResumedLoadSkipsWhatTheEarlierStartStored() {
        long full = fullLoad(dir.resolve("full.duckdb"));
        Path db = dir.resolve("demo.duckdb");
        // As kept by a start that stored the first 1,000 events of the first world and then died.
        StateFiles.beside(db).write(DemoProgress.FILE,
                new DemoProgress.Saved(END, 0, 1_000, 1_000, DemoProgress.State.LOADING, null));
        assertThat(progress(db).loading()).as("a load that died is resumed at the next start: still under way").isTrue();
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            small().load(p.warehouse, p.ingest, sims, progress(db));
            sims.close();
            long trickled = sims.list().get(0).accepted();
            assertThat(p.warehouse.countEvents()).isEqualTo(full - 1_000 + trickled);
        }
    }

    private static long fullLoad(Path db) {
        try (Pipeline p = new Pipeline(db, CLOCK); SimulationService sims = new SimulationService(p.ingest, CLOCK)) {
            small().load(p.warehouse, p.ingest, sims, progress(db));
            sims.stop(sims.list().get(0).id());
            return p.warehouse.countEvents() - sims.list().get(0).accepted();
        }
    }
}
