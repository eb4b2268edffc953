package dev.earshot.ingest;

import dev.earshot.threads.Threads;
import dev.earshot.store.PreparedEvents;
import dev.earshot.store.RejectedEvent;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to the warehouse. Requests queue up; the thread takes what is waiting (up to
 * {@code maxRows}, lingering at most {@code linger} for more) and commits it in one transaction, so that many
 * small requests cost one commit. Each request's future completes only after its commit.
 */
public final class GroupCommitWriter implements IngestSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    static final long IDLE_MILLIS = 50;

    private final Warehouse warehouse;
    private final WriterSettings settings;
    private final IngestMetrics metrics;
    private final BlockingQueue<WriteRequest> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queuedRows = new AtomicLong();
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile Consumer<List<StoredEvent>> committedListener = events -> { };

    public GroupCommitWriter(Warehouse warehouse, WriterSettings settings, IngestMetrics metrics) {
        this.warehouse = warehouse;
        this.settings = settings;
        this.metrics = metrics;
        metrics.watchQueue(queuedRows);
        this.thread = Threads.create("earshot-writer", false, this::run);
        thread.start();
    }

    /**
     * Queues the rows; the future completes when they are committed, or fails with the write's error. The events
     * are readied for the warehouse here, on the caller's thread (their columns, for the columnar path), so that
     * the one writer thread only inserts and commits.
     */
    @Override
    public CompletableFuture<Void> submit(List<StoredEvent> events, List<RejectedEvent> rejected) {
        int rows = events.size() + rejected.size();
        if (!accepting) {
            throw new OverloadedException("the server is shutting down");
        }
        // A failed file or a low disk refuses here, before anything is queued: the request stores nothing.
        warehouse.checkWritable();
        if (queuedRows.addAndGet(rows) > settings.maxQueuedRows()) {
            queuedRows.addAndGet(-rows);
            throw new OverloadedException("the write queue is full (" + settings.maxQueuedRows() + " rows)");
        }
        PreparedEvents prepared;
        try {
            prepared = warehouse.prepare(events);
        } catch (RuntimeException e) {
            queuedRows.addAndGet(-rows);
            throw e;
        }
        WriteRequest request = new WriteRequest(prepared, rejected, new CompletableFuture<>());
        queue.add(request);
        return request.done();
    }

    /**
     * Hands each commit's events to {@code listener} on the writer thread, after the requests are answered;
     * the listener must return at once (the live feed only queues them).
     */
    public void onCommit(Consumer<List<StoredEvent>> listener) {
        this.committedListener = listener;
    }

    /**
     * False when the thread has died. A failed commit is the store's health, not the writer's: the store
     * reports it and recovers on its own, and a writer marked failing until the next commit would keep a
     * client that waits for /health from ever sending that commit.
     */
    public boolean isHealthy() {
        return thread.isAlive();
    }

    private void run() {
        while (accepting || !queue.isEmpty()) {
            try {
                WriteRequest first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    commit(gather(first));
                } else {
                    maintain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Nothing waited for {@value #IDLE_MILLIS} ms: a good moment for the warehouse's own upkeep. */
    private void maintain() {
        try {
            long start = System.nanoTime();
            if (warehouse.checkpointIfDue()) {
                metrics.checkpointed(Duration.ofNanos(System.nanoTime() - start));
            }
        } catch (RuntimeException e) {
            LOG.warn("idle checkpoint failed; the next commit past the threshold will do it", e);
        }
    }

    private List<WriteRequest> gather(WriteRequest first) throws InterruptedException {
        List<WriteRequest> group = new ArrayList<>();
        group.add(first);
        int rows = first.rows();
        long deadline = System.nanoTime() + settings.linger().toNanos();
        while (rows < settings.maxRows()) {
            long wait = deadline - System.nanoTime();
            WriteRequest next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                break;
            }
            group.add(next);
            rows += next.rows();
        }
        return group;
    }

    private void commit(List<WriteRequest> group) {
        List<PreparedEvents> prepared = new ArrayList<>(group.size());
        List<StoredEvent> events = new ArrayList<>();
        List<RejectedEvent> rejected = new ArrayList<>();
        long rows = 0;
        for (WriteRequest r : group) {
            prepared.add(r.events());
            events.addAll(r.events().events());
            rejected.addAll(r.rejected());
            rows += r.rows();
        }
        long start = System.nanoTime();
        try {
            warehouse.writePrepared(prepared, rejected);
            metrics.committed(events.size(), Duration.ofNanos(System.nanoTime() - start));
            group.forEach(r -> r.done().complete(null));
            committedListener.accept(events);
        } catch (RuntimeException e) {
            LOG.error("commit of {} rows failed", rows, e);
            group.forEach(r -> r.done().completeExceptionally(e));
        } finally {
            prepared.forEach(PreparedEvents::close);
            queuedRows.addAndGet(-rows);
        }
    }

    /** Stops taking requests, commits everything already queued, then returns. */
    @Override
    public void close() {
        accepting = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A request that raced past the accepting check after the thread's last look must not hang.
        for (WriteRequest late; (late = queue.poll()) != null; ) {
            late.events().close();
            late.done().completeExceptionally(new OverloadedException("the server is shutting down"));
        }
    }
}
