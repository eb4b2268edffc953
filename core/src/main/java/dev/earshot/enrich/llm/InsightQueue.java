package dev.earshot.enrich.llm;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tracks waiting for Claude: bounded, and each track at most once while it waits or is being asked about,
 * however many events of it arrive. {@link #offer} never waits for the provider: the lock is only held to
 * move a few references, and when the queue is full the track is simply not queued (a later event of it offers
 * it again).
 */
final class InsightQueue {
    private final int capacity;
    private final ArrayDeque<TrackQuestion> waiting = new ArrayDeque<>();
    private final Set<String> pending = new HashSet<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();

    InsightQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Queues the track unless it is already waiting or being asked about, or the queue is full. */
    boolean offer(TrackQuestion q) {
        lock.lock();
        try {
            if (waiting.size() >= capacity || !pending.add(q.trackId())) {
                return false;
            }
            waiting.add(q);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Up to {@code max} tracks: waits up to {@code timeoutMillis} for the first, then up to {@code lingerMillis}
     * for the batch to fill, since fuller batches cost fewer calls. Empty when none came.
     */
    List<TrackQuestion> take(int max, long timeoutMillis, long lingerMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (waiting.isEmpty() && nanos > 0) {
                nanos = notEmpty.awaitNanos(nanos);
            }
            long linger = waiting.isEmpty() ? 0 : TimeUnit.MILLISECONDS.toNanos(lingerMillis);
            while (waiting.size() < max && linger > 0) {
                linger = notEmpty.awaitNanos(linger);
            }
            List<TrackQuestion> batch = new ArrayList<>(Math.min(max, waiting.size()));
            while (batch.size() < max && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** The worker is done with these tracks: a later event may queue them again. */
    void release(Collection<TrackQuestion> done) {
        lock.lock();
        try {
            done.forEach(q -> pending.remove(q.trackId()));
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }
}
