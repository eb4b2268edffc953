package dev.earshot.simulations;

import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.IngestReport;
import dev.earshot.ingest.IngestService;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.Warehouse;
import dev.earshot.threads.Threads;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code --demo} loads into an empty warehouse: 30 days of a 2,000-listener Spotify world plus smaller
 * Apple Music and YouTube Music ones, then a live trickle, so that a first look finds a full dashboard.
 */
public record DemoData(List<SimulationConfig> history, FeedRequest trickle) {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final int DAYS = 30;
    /** The world the live trickle replays (and {@code "listeners": "demo"} feeds with it): the Spotify one. */
    static final String REPLAYED_SCENARIO = "spotify";
    static final int REPLAYED_USERS = 2_000;
    static final long REPLAYED_SEED = 42L;
    static final int BATCH = 5_000;
    /** Threads that ingest the generated batches: two, so that one enriches while the other waits for its commit. */
    static final int COMMITTERS = 2;
    /** Batches generated ahead of those being committed. */
    static final int IN_FLIGHT = 4;

    /** The demo of {@code --demo}: 30 days up to today of 2,000 Spotify, 400 Apple Music and 400 YouTube Music listeners. */
    public static DemoData standard() {
        LocalDate end = LocalDate.now(ZoneOffset.UTC);
        return new DemoData(List.of(
                SimulationConfig.of(Scenario.named(REPLAYED_SCENARIO), REPLAYED_USERS, DAYS, REPLAYED_SEED, end)
                        .withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("apple_music"), 400, DAYS, 43, end).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("youtube_music"), 400, DAYS, 44, end).withHoldoutDays(0)),
                // The trickle replays the Spotify world itself (same seed, size and period): the same listeners and
                // catalog keep listening live, so their new events meet tracks the co-listening model knows.
                new FeedRequest(null, null, 5.0, null, null, FeedRequest.DEMO_LISTENERS));
    }

    /**
     * Loads the history when the warehouse is empty (a restart keeps what is there), then starts the trickle.
     * Returns whether history was loaded.
     */
    public boolean load(Warehouse warehouse, IngestService ingest, SimulationService simulations) {
        boolean empty = warehouse.countEvents() == 0;
        if (empty) {
            long start = System.nanoTime();
            long total = 0;
            ExecutorService committer = Executors.newFixedThreadPool(COMMITTERS, Threads.factory("earshot-demo-ingest"));
            try {
                for (SimulationConfig config : history) {
                    long stored = backfill(World.generate(config), userPrefix(config), ingest, committer);
                    total += stored;
                    LOG.info("demo: stored {} events of {} {} listeners over {} days", stored, config.users(),
                            config.scenario().name(), config.days());
                }
            } finally {
                committer.shutdown();
            }
            LOG.info("demo: history of {} events loaded in {} s", total,
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        } else {
            LOG.info("demo: the warehouse already holds events; not loading history again");
        }
        simulations.start(trickle);
        return empty;
    }

    /**
     * Every simulated world names its listeners u0, u1, …; the Spotify world keeps those names (its live
     * trickle replays it), the others get their platform's prefix so that two different simulated people are
     * never one listener.
     */
    private String userPrefix(SimulationConfig config) {
        return config == history.get(0) ? "" : config.scenario().name() + "-";
    }

    private static ListenEvent renamed(ListenEvent e, String prefix) {
        return new ListenEvent(e.eventId(), e.eventType(), prefix + e.userId(), e.trackId(), e.timestamp(),
                e.deviceTimestamp(), e.platform(), e.location(), e.sessionId(), e.positionMs(), e.msPlayed(),
                e.durationMs(), e.device(), e.context(), e.track());
    }

    /**
     * Generation and commit pipelined: this thread generates the next batches while {@code committer}'s threads ingest
     * the previous ones (enrich, ready the columns, wait for the commit); at most {@link #IN_FLIGHT} batches wait,
     * so memory stays bounded and the writer always has the next group queued.
     */
    private static long backfill(World world, String userPrefix, IngestService ingest, ExecutorService committer) {
        List<ListenEvent> batch = new ArrayList<>(BATCH);
        Deque<Future<IngestReport>> inFlight = new ArrayDeque<>();
        long[] stored = {0};
        EventSink sink = new EventSink() {
            @Override
            public void accept(ListenEvent event) {
                batch.add(userPrefix.isEmpty() ? event : renamed(event, userPrefix));
                if (batch.size() == BATCH) {
                    send();
                }
            }

            private void send() {
                List<ListenEvent> events = List.copyOf(batch);
                batch.clear();
                inFlight.add(committer.submit(() -> ingest.ingestEvents(events)));
                while (inFlight.size() > IN_FLIGHT) {
                    stored[0] += await(inFlight.poll()).accepted();
                }
            }

            @Override
            public void close() {
                if (!batch.isEmpty()) {
                    send();
                }
                while (!inFlight.isEmpty()) {
                    stored[0] += await(inFlight.poll()).accepted();
                }
            }
        };
        try (sink) {
            Simulation.run(world, sink, TruthRecorder.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be generated", e);
        }
        return stored[0];
    }

    private static IngestReport await(Future<IngestReport> report) {
        try {
            return report.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo", e);
        }
    }
}
