package dev.earshot.simulations;

import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.IngestReport;
import dev.earshot.ingest.IngestService;
import dev.earshot.ingest.OutcomeUnknownException;
import dev.earshot.ingest.OverloadedException;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoreUnavailableException;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.Warehouse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.earshot.threads.Threads;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code --demo} loads into an empty warehouse: 30 days of a 2,000-listener Spotify world plus smaller
 * Apple Music and YouTube Music ones, and today up to the moment the load begins ({@code until}: the worlds run to
 * midnight, what lies after it is not stored), then a live trickle, so that a first look finds a full dashboard
 * with no hole between the history and the live listening.
 */
public record DemoData(List<SimulationConfig> history, FeedRequest trickle, Duration retryPause, Instant until) {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final int DAYS = 30;
    /** The world the live trickle replays (and {@code "listeners": "demo"} feeds with it): the Spotify one. */
    static final String REPLAYED_SCENARIO = "spotify";
    static final int REPLAYED_USERS = 2_000;
    static final long REPLAYED_SEED = 42L;
    static final int BATCH = 5_000;
    /** A batch whose commit was not confirmed (or that met a full queue) is sent again this often, then the load stops. */
    static final int ATTEMPTS = 6;

    /** History of every event the worlds make (no cut-off): how tests build small demos. */
    public DemoData(List<SimulationConfig> history, FeedRequest trickle, Duration retryPause) {
        this(history, trickle, retryPause, null);
    }

    /**
     * The demo of {@code --demo}: 2,000 Spotify, 400 Apple Music and 400 YouTube Music listeners over the 30 days
     * before {@code end} (exclusive, the day after the load began) and that last day up to {@code until}.
     */
    public static DemoData standard(LocalDate end, Instant until) {
        return new DemoData(List.of(
                // Starts the day the catalogue world starts, so that its catalogue is the one live feeds share.
                SimulationConfig.of(Scenario.named(REPLAYED_SCENARIO), REPLAYED_USERS, DAYS + 1, REPLAYED_SEED, end).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("apple_music"), 400, DAYS + 1, 43, end).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("youtube_music"), 400, DAYS + 1, 44, end).withHoldoutDays(0)),
                // The trickle replays the Spotify world itself (same seed, size and period): the same listeners and
                // catalog keep listening live, so their new events meet tracks the co-listening model knows.
                new FeedRequest(null, null, 5.0, null, null, FeedRequest.DEMO_LISTENERS), Duration.ofSeconds(5), until);
    }

    /**
     * Loads the history when the warehouse is empty (a restart keeps what is there), or resumes a load that
     * {@code progress} says stopped, then starts the trickle. A load that fails is marked stopped with its reason
     * (the dashboard shows it) and the exception is rethrown. Returns whether history was loaded.
     */
    public boolean load(Warehouse warehouse, IngestService ingest, SimulationService simulations, DemoProgress progress) {
        Optional<DemoProgress.Saved> kept = progress.kept();
        boolean unfinished = kept.isPresent() && kept.get().state() != DemoProgress.State.COMPLETE;
        // A warehouse with events and no record of a demo load was filled before loads were recorded, or by hand.
        boolean load = unfinished || (kept.isEmpty() && warehouse.countEvents() == 0);
        if (load) {
            progress.started(history.get(history.size() - 1).end(), history.size(), unfinished);
            DemoProgress.Saved from = progress.kept().orElseThrow();
            long start = System.nanoTime();
            try {
                long stored = from.stored();
                for (int i = from.world(); i < history.size(); i++) {
                    SimulationConfig config = history.get(i);
                    long skip = i == from.world() ? from.generated() : 0;
                    stored = backfill(i, World.generate(config), userPrefix(config), skip, stored, ingest, progress);
                    LOG.info("demo: {} {} listeners over {} days stored ({} events in all{})", config.users(),
                            config.scenario().name(), config.days(), stored, skip > 0 ? ", resumed" : "");
                }
                progress.complete(history.size());
                LOG.info("demo: history loaded, {} events, in {} s", stored,
                        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            } catch (RuntimeException e) {
                progress.stopped(e.getMessage());
                throw e;
            }
        } else {
            LOG.info("demo: the warehouse already holds the demo history; not loading it again");
        }
        simulations.start(trickle);
        return load;
    }

    /**
     * The demo's Spotify world up to {@code end}: its catalogue is the server's simulated catalogue, which live
     * feeds share unless asked for their own ({@link FeedRequest}).
     */
    public static SimulationConfig catalogWorld(LocalDate end) {
        return SimulationConfig.of(Scenario.named(REPLAYED_SCENARIO), REPLAYED_USERS, DAYS, REPLAYED_SEED, end)
                .withHoldoutDays(0);
    }

    /**
     * The demo of {@code --demo} up to {@code now}, or, when a load is to be resumed, of the same worlds as the
     * start that began it (their generation must match what that start stored), up to {@code now}.
     */
    public static DemoData standardFor(DemoProgress progress, Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        return standard(progress.kept().filter(s -> s.state() != DemoProgress.State.COMPLETE && s.end() != null)
                .map(DemoProgress.Saved::end).orElse(tomorrow), now);
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
     * Stores one world's events in batches, skipping the first {@code skip} it generates (stored by an earlier
     * start: generation is deterministic), and records progress after each batch. Returns the events stored in all.
     * Pipelined: the world is generated on a thread of its own into a bounded queue of {@value #QUEUED} batches,
     * while this thread enriches each batch and hands it to the one writer without waiting for its commit (up to
     * {@value #IN_FLIGHT} commits outstanding, as imports do); so generation, enrichment and the writer's bulk
     * commit overlap instead of taking turns. Progress is recorded in order, once a batch's commit is confirmed.
     */
    private long backfill(int index, World world, String userPrefix, long skip, long storedBefore, IngestService ingest,
                          DemoProgress progress) {
        BlockingQueue<Generated> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread generator = Threads.start("earshot-demo-generate", () -> generate(world, userPrefix, skip, queue, failed));
        ArrayDeque<Handed> handed = new ArrayDeque<>();
        long stored = storedBefore;
        try {
            for (Generated g = take(queue); g != Generated.END; g = take(queue)) {
                handed.add(new Handed(g, ingest.submitImported(g.events(), List.of(), EventOrigin.SIMULATION)));
                while (handed.size() > IN_FLIGHT) {
                    stored = settle(handed.poll(), ingest, stored, index, progress);
                }
            }
            while (!handed.isEmpty()) {
                stored = settle(handed.poll(), ingest, stored, index, progress);
            }
        } finally {
            generator.interrupt();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("demo data could not be generated: " + failed.get().getMessage(), failed.get());
        }
        return stored;
    }

    /** Batches handed to the writer and not yet confirmed; and the queue's batches between the two threads. */
    static final int IN_FLIGHT = 2;
    static final int QUEUED = 4;

    /** A batch and how many events the world had generated when it was cut (what a resumed load skips). */
    private record Generated(List<ListenEvent> events, long generated) {
        static final Generated END = new Generated(List.of(), -1);
    }

    private record Handed(Generated batch, IngestService.ImportedBatch submitted) {
    }

    /**
     * Waits for a batch's commit and records progress; a batch whose commit was not confirmed (or met a full queue)
     * is sent again, synchronously, and its events already stored come back as duplicates, which count as stored.
     */
    private long settle(Handed h, IngestService ingest, long storedBefore, int index, DemoProgress progress) {
        long stored = storedBefore;
        try {
            ingest.awaitImported(h.submitted());
            // Fresh and duplicate events both count as stored: together they are the batch.
            stored += h.batch().events().size();
        } catch (OutcomeUnknownException | OverloadedException | StoreUnavailableException e) {
            LOG.warn("demo: a batch was not confirmed ({}); sending it again", e.getMessage());
            stored += send(ingest, h.batch().events());
        }
        progress.batch(index, h.batch().generated(), stored);
        return stored;
    }

    /** The generator thread: the world's events in batches onto {@code queue}, then {@link Generated#END}. */
    private void generate(World world, String userPrefix, long skip, BlockingQueue<Generated> queue,
                          AtomicReference<Throwable> failed) {
        List<ListenEvent>[] batch = new List[] {new ArrayList<>(BATCH)};
        long[] generated = {0};
        EventSink sink = new EventSink() {
            @Override
            public void accept(ListenEvent event) {
                // Counted before the cut-off, so that a resumed load skips exactly what was generated before.
                if (++generated[0] <= skip || (until != null && event.timestamp().isAfter(until))) {
                    return;
                }
                batch[0].add(userPrefix.isEmpty() ? event : renamed(event, userPrefix));
                if (batch[0].size() == BATCH) {
                    close();
                }
            }

            @Override
            public void close() {
                if (!batch[0].isEmpty()) {
                    put(queue, new Generated(List.copyOf(batch[0]), generated[0]));
                    batch[0] = new ArrayList<>(BATCH);
                }
            }
        };
        try (sink) {
            Simulation.run(world, sink, TruthRecorder.NONE);
        } catch (IOException | RuntimeException e) {
            failed.set(e);
        } finally {
            // The consumer stops waiting only on END; after a failure the batches still queued are dropped, so
            // that END finds room (progress keeps the last batch confirmed, and a resumed load starts after it).
            if (failed.get() != null) {
                queue.clear();
            }
            putQuietly(queue, Generated.END);
        }
    }

    private static void put(BlockingQueue<Generated> queue, Generated g) {
        try {
            queue.put(g);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo load was stopped", e);
        }
    }

    private static void putQuietly(BlockingQueue<Generated> queue, Generated g) {
        try {
            queue.put(g);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Generated take(BlockingQueue<Generated> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo load was interrupted", e);
        }
    }

    /**
     * Sends a batch, again when its outcome is unknown, the queue is full (a busy machine) or the store is briefly
     * unavailable (a full disk): a batch stored the
     * first time comes back as duplicates, which count as stored.
     */
    private int send(IngestService ingest, List<ListenEvent> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                IngestReport report = ingest.ingestEvents(batch, EventOrigin.SIMULATION);
                return report.accepted() + report.duplicates();
            } catch (OutcomeUnknownException | OverloadedException | StoreUnavailableException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warn("demo: a batch was not confirmed ({}); sending it again in {} s", e.getMessage(),
                        retryPause.toSeconds());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo load was interrupted", e);
        }
    }
}
