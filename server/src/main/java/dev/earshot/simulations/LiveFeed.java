package dev.earshot.simulations;

import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.IngestReport;
import dev.earshot.ingest.IngestService;
import dev.earshot.ingest.OutcomeUnknownException;
import dev.earshot.ingest.OverloadedException;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoreUnavailableException;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a simulated world into the running server, live: events go out at {@code rate} per second in the
 * simulator's order (sessions, skips and likes as generated), each re-stamped with the moment it is sent and
 * given an id unique to this feed, so that the dashboard sees listening happen now. Runs on its own thread
 * until the world's events run out or {@link #stop()}.
 */
public final class LiveFeed implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    private final String id;
    private final FeedRequest request;
    private final IngestService ingest;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    /** Events the simulator generated that were left out to keep listeners at a human pace. */
    private final AtomicLong left = new AtomicLong();
    private volatile String state = "running";
    private volatile String error;
    private volatile boolean stopRequested;

    public LiveFeed(String id, FeedRequest request, IngestService ingest, Clock clock) {
        this.id = id;
        this.request = request;
        this.ingest = ingest;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void run() {
        try (PacedSink sink = new PacedSink()) {
            Simulation.run(World.generate(request.config(clock)), sink, TruthRecorder.NONE);
            state = stopRequested ? "stopped" : "finished";
        } catch (FeedStopped e) {
            state = "stopped";
        } catch (RuntimeException | java.io.IOException e) {
            LOG.error("simulation {} failed", id, e);
            error = e.getMessage() == null ? "the feed stopped on an unexpected error; see the server log" : e.getMessage();
            state = "failed";
        } catch (OutOfMemoryError e) {
            // The world is let go as run() returns, so the heap recovers; the feed must say so and free its slot,
            // not read "running" forever (measured: dead feeds held three of the four slots until a restart).
            LOG.error("simulation {} ran out of memory", id);
            error = "the feed ran out of memory: its world (" + request.users() + " listeners, " + request.days()
                    + " days) is too large for this server's heap; start it with fewer listeners or days";
            state = "failed";
        }
    }

    public void stop() {
        stopRequested = true;
    }

    public FeedStatus status() {
        return new FeedStatus(id, request.scenario(), request.users(), request.rate(), request.seed(), listeners(), state,
                sent.get(), accepted.get(), duplicates.get(), startedAt, error, left.get(),
                request.replaysDemo() ? FeedRequest.SHARED_CATALOG : request.catalog());
    }

    /**
     * Gives each event its slot — the feed's rate, held back by {@link HumanPace} so that no listener hears more
     * than an hour of music an hour — and sends the events whose slot has come in batches of about a fifth of a
     * second. Events wait in a queue ordered by slot, since a listener's track end may come after events the
     * simulator generated later.
     */
    private final class PacedSink implements EventSink {
        private static final long BATCH_WINDOW_NANOS = 200_000_000L;
        private final int batchSize = (int) Math.max(1, Math.min(500, request.rate() / 5));
        private final List<ListenEvent> batch = new ArrayList<>(batchSize);
        private final PriorityQueue<Pending> waiting = new PriorityQueue<>();
        private final HumanPace pace = new HumanPace();
        private final long startNanos = System.nanoTime();
        private long generated;
        private long order;
        private long batchDue;

        @Override
        public void accept(ListenEvent event) {
            if (stopRequested) {
                throw new FeedStopped();
            }
            long due = startNanos + (long) (++generated / request.rate() * 1e9);
            long slot = pace.slot(event, due);
            if (slot >= 0) {
                waiting.add(new Pending(slot, order++, event));
            }
            left.set(pace.dropped());
            sendDue(due);
        }

        @Override
        public void close() {
            if (!stopRequested) {
                sendDue(Long.MAX_VALUE);
                if (!batch.isEmpty()) {
                    send();
                }
            }
        }

        /** Sends, in slot order, every waiting event whose slot is at or before {@code until}. */
        private void sendDue(long until) {
            while (!waiting.isEmpty() && waiting.peek().slot() <= until) {
                Pending next = waiting.poll();
                if (!batch.isEmpty() && (next.slot() - batchDue > BATCH_WINDOW_NANOS || batch.size() == batchSize)) {
                    send();
                }
                if (batch.isEmpty()) {
                    batchDue = next.slot();
                    sleepNanos(next.slot() - System.nanoTime());
                }
                batch.add(next.event());
            }
        }

        private void send() {
            Instant now = clock.instant();
            List<ListenEvent> live = batch.stream().map(e -> restamp(e, now)).toList();
            batch.clear();
            IngestReport report = ingestWithRetry(live);
            sent.addAndGet(live.size());
            accepted.addAndGet(report.accepted());
            duplicates.addAndGet(report.duplicates());
        }
        private IngestReport ingestWithRetry(List<ListenEvent> events) {
            while (true) {
                try {
                    return ingest.ingestEvents(events, EventOrigin.SIMULATION);
                } catch (OverloadedException | StoreUnavailableException | OutcomeUnknownException e) {
                    // Same as a client told 503/507 + Retry-After: wait, then send the same events again. A commit
                    // not confirmed in time (a busy machine, e.g. while the demo loads) may have stored them: those
                    // come back as duplicates, so resending is safe, and a live feed must not die of a slow disk.
                    sleepNanos(1_000_000_000L);
                }
            }
        }

        private void sleepNanos(long nanos) {
            while (nanos > 0 && !stopRequested) {
                try {
                    long step = Math.min(nanos, 100_000_000L);
                    Thread.sleep(step / 1_000_000, (int) (step % 1_000_000));
                    nanos -= step;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FeedStopped();
                }
            }
            if (stopRequested) {
                throw new FeedStopped();
            }
        }
    }

    /** {@code "demo"} when the feed replays the demo's listeners, otherwise the namespace of its own: its id. */
    String listeners() {
        return request.replaysDemo() ? FeedRequest.DEMO_LISTENERS : id;
    }

    private ListenEvent restamp(ListenEvent e, Instant now) {
        String user = request.replaysDemo() ? e.userId() : id + "-" + e.userId();
        return new ListenEvent(id + "_" + e.eventId(), e.eventType(), user, e.trackId(), now, now, e.platform(),
                e.location(), e.sessionId() == null ? null : id + "_" + e.sessionId(), e.positionMs(), e.msPlayed(),
                e.durationMs(), e.device(), e.context(), e.track());
    }

    /** An event waiting for its slot; {@code order} keeps events of the same slot in the simulator's order. */
    private record Pending(long slot, long order, ListenEvent event) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int bySlot = Long.compare(slot, o.slot);
            return bySlot != 0 ? bySlot : Long.compare(order, o.order);
        }
    }

    /** Unwinds the simulation when the feed is stopped. */
    private static final class FeedStopped extends RuntimeException {
        FeedStopped() {
            super(null, null, false, false);
        }
    }
}
