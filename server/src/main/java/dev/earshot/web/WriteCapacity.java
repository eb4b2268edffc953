package dev.earshot.web;

import java.util.function.LongSupplier;

/**
 * How many bytes of write requests may be in the server at once so that an admitted one is answered within the
 * latency target. By Little's law the mean time a request spends in the server is the work in it divided by the
 * rate that work is completed; so the budget is the rate measured while requests were being processed (bytes of
 * bodies answered per busy second, from the moment a body has arrived to its answer) times the target, kept
 * between a floor (one largest body) and the configured ceiling. When the writer slows down (a checkpoint, a
 * busy machine, background jobs on its queue), fewer bytes complete, the budget shrinks within a window and the
 * excess is refused at once rather than queued; when the load stops there is no backlog beyond the target.
 *
 * <p>The time a body takes to arrive is not processing: a slow upload does not make the server look slow.
 */
final class WriteCapacity {
    /** How often the rate is measured again; short, so that the budget follows a slowdown within a second. */
    static final long WINDOW_NANOS = 500_000_000L;

    private final long targetNanos;
    private final long floorBytes;
    private final long ceilingBytes;
    private final LongSupplier nanoTime;

    private int processing;
    private long busySince;
    private long busyNanos;
    private long windowStart;
    private long windowBytes;
    private double bytesPerSecond = -1;
    private long budget;

    WriteCapacity(long targetNanos, long floorBytes, long ceilingBytes, LongSupplier nanoTime) {
        if (targetNanos <= 0 || floorBytes <= 0 || ceilingBytes < floorBytes) {
            throw new IllegalArgumentException("capacity needs a positive target and 0 < floor <= ceiling");
        }
        this.targetNanos = targetNanos;
        this.floorBytes = floorBytes;
        this.ceilingBytes = ceilingBytes;
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
        // Until a rate has been measured, admit what one largest body costs: a cold server is not assumed fast.
        this.budget = floorBytes;
    }

    /** The bytes of write requests that may be in the server now. */
    synchronized long budget() {
        roll(nanoTime.getAsLong());
        return budget;
    }

    /** The measured completion rate in bytes per busy second, or -1 before the first measurement. */
    synchronized double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** A request's body has arrived in full: from now on its time is the server's. */
    synchronized void processingStarted() {
        long now = nanoTime.getAsLong();
        if (processing++ == 0) {
            busySince = now;
        }
        roll(now);
    }

    /** A request whose processing had started was answered; {@code bytes} is what it was admitted for. */
    synchronized void processingEnded(long bytes) {
        long now = nanoTime.getAsLong();
        windowBytes += bytes;
        if (--processing == 0) {
            busyNanos += now - busySince;
        }
        roll(now);
    }

    /** Measures again once a window has passed; called on every start and end, so no timer thread is needed. */
    private void roll(long now) {
        long elapsed = now - windowStart;
        if (elapsed < WINDOW_NANOS) {
            return;
        }
        long busy = busyNanos;
        if (processing > 0) {
            busy += now - busySince;
            busySince = now;
        }
        if (windowBytes > 0 && busy > 0) {
            double rate = windowBytes * 1e9 / busy;
            // Half the new window, half the past: one odd window (a GC pause) moves the budget, never swings it.
            bytesPerSecond = bytesPerSecond < 0 ? rate : (bytesPerSecond + rate) / 2;
        } else if (busy >= elapsed / 2 && bytesPerSecond > 0) {
            // Busy for most of the window and nothing answered: the server is stalled, so its rate is falling.
            bytesPerSecond /= 2;
        }
        if (bytesPerSecond >= 0) {
            long next = (long) (bytesPerSecond * targetNanos / 1e9);
            budget = Math.max(floorBytes, Math.min(ceilingBytes, next));
        }
        windowStart = now;
        windowBytes = 0;
        busyNanos = 0;
    }
}
