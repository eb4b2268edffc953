package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.ingest.IngestSink;
import dev.earshot.store.EventQuery;
import dev.earshot.support.Pipeline;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live feeds into the real ingest path: whose listeners they are. */
class LiveFeedTest {
    @TempDir
    Path dir;

    @Test
    void aFeedBeyondTheMemoryBudgetIsRefusedWithTheReasonAndAnEndedFeedHoldsNone() throws Exception {
        long small = FeedMemory.estimate(new FeedRequest("spotify", 5, 2_000.0, 1L, 1).config(Events.CLOCK));
        try (Pipeline p = new Pipeline(dir.resolve("budget.duckdb"));
             SimulationService sims = new SimulationService(p.ingest, Events.CLOCK, DemoProgress.OFF,
                     2 * small + small / 2)) {
            assertThatThrownBy(() -> sims.start(new FeedRequest("spotify", 50_000, 10.0, 1L, 2)))
                    .isInstanceOf(FeedTooLargeException.class).hasMessageContaining("MiB")
                    .hasMessageContaining("fewer listeners");
            FeedStatus first = sims.start(new FeedRequest("spotify", 5, 20.0, 1L, 1));
            sims.start(new FeedRequest("spotify", 5, 20.0, 2L, 1));
            assertThatThrownBy(() -> sims.start(new FeedRequest("spotify", 5, 20.0, 3L, 1)))
                    .isInstanceOf(FeedTooLargeException.class);
            sims.stop(first.id());
            assertThat(sims.start(new FeedRequest("spotify", 5, 20.0, 3L, 1)).state()).isEqualTo("running");
        }
    }

    @Test
    void everyFeedHasListenersOfItsOwnUnlessToldToReplayTheDemos() throws Exception {
        try (Pipeline p = new Pipeline(dir.resolve("feeds.duckdb"));
             SimulationService sims = new SimulationService(p.ingest, Events.CLOCK)) {
            FeedStatus a = sims.start(new FeedRequest("spotify", 5, 2_000.0, 1L, 2));
            FeedStatus b = sims.start(new FeedRequest("spotify", 5, 2_000.0, 1L, 2));
            FeedStatus demo = sims.start(new FeedRequest(null, 5, 2_000.0, null, 2, "demo"));
            assertThat(a.listeners()).isEqualTo(a.id());
            assertThat(demo.listeners()).isEqualTo("demo");
            // At a human pace each listener's first tracks come at once, the rest as the tracks end.
            awaitStored(p, 30);
            sims.close();

            var stored = p.warehouse.events(new EventQuery(null, null, null, null, null, null, null, 100_000)).events();
            // Simulated events say so, so that they can be left out or deleted in bulk.
            assertThat(stored).isNotEmpty().allMatch(e -> e.source().equals(dev.earshot.store.EventOrigin.SIMULATION));
            Set<String> users = stored.stream().map(e -> e.event().userId()).collect(Collectors.toSet());
            // Two feeds of the same seed are still two sets of people, and neither is the demo's.
            assertThat(users).anyMatch(u -> u.startsWith(a.id() + "-u"));
            assertThat(users).anyMatch(u -> u.startsWith(b.id() + "-u"));
            assertThat(users).filteredOn(u -> !u.startsWith(a.id() + "-") && !u.startsWith(b.id() + "-"))
                    .isNotEmpty().allMatch(u -> u.matches("u\\d+"));
        }
    }

    @Test
    void feedsShareTheServersCatalogueUnlessAskedForTheirOwn() {
        var shared = new FeedRequest("youtube_music", 20, 10.0, 7L, 3).config(Events.CLOCK);
        var own = new FeedRequest("youtube_music", 20, 10.0, 7L, 3, null, null, "own").config(Events.CLOCK);
        var demo = DemoData.catalogWorld(java.time.LocalDate.ofInstant(Events.T0, java.time.ZoneOffset.UTC));
        var sharedWorld = dev.earshot.simulate.World.generate(shared);
        var demoWorld = dev.earshot.simulate.World.generate(demo);
        assertThat(sharedWorld.catalog().artists()).extracting(a -> a.name())
                .isEqualTo(demoWorld.catalog().artists().stream().map(a -> a.name()).toList());
        assertThat(sharedWorld.catalog().tracks().get(0).id(dev.earshot.event.Platform.SPOTIFY))
                .isEqualTo(demoWorld.catalog().tracks().get(0).id(dev.earshot.event.Platform.SPOTIFY));
        assertThat(sharedWorld.catalog().tracks().get(0).id(dev.earshot.event.Platform.YOUTUBE_MUSIC)).isNotNull();
        assertThat(dev.earshot.simulate.World.generate(own).catalog().artists().get(0).name())
                .isNotEqualTo(demoWorld.catalog().artists().get(0).name());
        assertThatThrownBy(() -> new FeedRequest("spotify", 5, 1.0, 1L, 2, null, null, "theirs"))
                .hasMessageContaining("catalog must be");
    }

    @Test
    void aDemoReplayDefaultsToTheDemosWorldAndOtherListenerValuesAreRefused() {
        FeedRequest replay = new FeedRequest(null, null, 5.0, null, null, "demo");
        assertThat(List.of(replay.scenario(), replay.users(), replay.seed(), replay.days()))
                .containsExactly("spotify", 2_000, 42L, 30);
        assertThatThrownBy(() -> new FeedRequest(null, null, null, null, null, "mine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listeners must be");
    }

    @Test
    void aFeedWhoseCommitIsNotConfirmedInTimeSendsAgainAndKeepsRunning() throws Exception {
        // The first commit is never confirmed (a machine too busy to commit within the ack timeout, as while the
        // demo history loads): the feed used to fail there; it must send again and go on.
        AtomicBoolean held = new AtomicBoolean();
        UnaryOperator<IngestSink> holdFirst = writer -> (events, rejected) -> held.compareAndSet(false, true)
                ? new CompletableFuture<>() : writer.submit(events, rejected);
        try (Pipeline p = new Pipeline(dir.resolve("unconfirmed.duckdb"), Events.CLOCK, Duration.ofMillis(300), holdFirst);
             SimulationService sims = new SimulationService(p.ingest, Events.CLOCK)) {
            FeedStatus feed = sims.start(new FeedRequest("spotify", 5, 2_000.0, 1L, 2));
            awaitStored(p, 1);
            FeedStatus now = sims.list().stream().filter(s -> s.id().equals(feed.id())).findFirst().orElseThrow();
            assertThat(held).isTrue();
            assertThat(now.error()).isNull();
            assertThat(now.state()).isIn("running", "finished");
            // Batches after the unconfirmed one were stored: the feed went on.
            assertThat(p.warehouse.countEvents()).isPositive();
        }
    }

    private static void awaitStored(Pipeline p, long n) throws InterruptedException {
        for (int i = 0; i < 600 && p.warehouse.countEvents() < n; i++) {
            Thread.sleep(100);
        }
    }
}
