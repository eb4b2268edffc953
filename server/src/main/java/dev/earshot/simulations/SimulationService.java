package dev.earshot.simulations;

import dev.earshot.threads.Threads;
import dev.earshot.ingest.IngestService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The live feeds of this server: start, list, stop. A few at once: each holds a world in memory. */
public final class SimulationService implements AutoCloseable {
    public static final int MAX_RUNNING = 4;

    private final IngestService ingest;
    private final Clock clock;
    private final Map<String, LiveFeed> feeds = new LinkedHashMap<>();
    private final Map<String, Thread> threads = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    private final DemoProgress demo;
    private final long memoryBudget;
    private final Map<String, Long> memory = new LinkedHashMap<>();

    public SimulationService(IngestService ingest, Clock clock) {
        this(ingest, clock, DemoProgress.OFF);
    }

    /** With the progress of the demo load, which GET /v1/simulations shows beside the feeds. */
    public SimulationService(IngestService ingest, Clock clock, DemoProgress demo) {
        this(ingest, clock, demo, FeedMemory.defaultBudget());
    }

    /**
     * {@code memoryBudget}: the bytes all running feeds together may hold, by their estimates (by default half the
     * maximum heap).
     */
    public SimulationService(IngestService ingest, Clock clock, DemoProgress demo, long memoryBudget) {
        this.ingest = ingest;
        this.clock = clock;
        this.demo = demo;
        this.memoryBudget = memoryBudget;
    }

    /** How far the demo load got; empty without {@code --demo}. */
    public Optional<DemoProgress.View> demo() {
        return demo.view();
    }

    /**
     * Starts a feed; throws {@link TooManySimulationsException} when {@value #MAX_RUNNING} are already running, and
     * {@link FeedTooLargeException} when its estimated memory does not fit in what the running feeds leave of the
     * budget. A feed that ended (finished, stopped or failed) holds no slot and no memory.
     */
    public synchronized FeedStatus start(FeedRequest request) {
        long running = feeds.values().stream().filter(f -> f.status().state().equals("running")).count();
        if (running >= MAX_RUNNING) {
            throw new TooManySimulationsException();
        }
        long needed = FeedMemory.estimate(request.config(clock));
        long held = feeds.entrySet().stream().filter(f -> f.getValue().status().state().equals("running"))
                .mapToLong(f -> memory.getOrDefault(f.getKey(), 0L)).sum();
        if (held + needed > memoryBudget) {
            throw new FeedTooLargeException(needed, memoryBudget - held, memoryBudget);
        }
        String id = "sim" + counter.incrementAndGet() + "-" + Long.toString(clock.millis(), 36);
        memory.put(id, needed);
        LiveFeed feed = new LiveFeed(id, request, ingest, clock);
        Thread thread = Threads.create("earshot-" + id, true, feed);
        feeds.put(id, feed);
        threads.put(id, thread);
        thread.start();
        return feed.status();
    }

    public synchronized List<FeedStatus> list() {
        List<FeedStatus> out = new ArrayList<>();
        feeds.values().forEach(f -> out.add(f.status()));
        return out;
    }

    public synchronized Optional<FeedStatus> stop(String id) {
        LiveFeed feed = feeds.get(id);
        if (feed == null) {
            return Optional.empty();
        }
        feed.stop();
        join(threads.get(id));
        return Optional.of(feed.status());
    }

    /** Stops every feed and waits for each to send its last batch. */
    @Override
    public synchronized void close() {
        feeds.values().forEach(LiveFeed::stop);
        threads.values().forEach(SimulationService::join);
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
