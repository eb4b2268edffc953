package dev.earshot.simulations;

import java.time.Duration;

/** Holds sending back to a rate in events per second, measured from the first batch; 0 means no limit. */
final class Pacer {
    private final double eventsPerSecond;
    private long startNanos = -1;

    Pacer(double eventsPerSecond) {
        if (eventsPerSecond < 0) {
            throw new IllegalArgumentException("rate must not be negative, got " + eventsPerSecond);
        }
        this.eventsPerSecond = eventsPerSecond;
    }

    /** Waits until sending {@code eventsAfterBatch} events in total keeps within the rate. */
    void awaitTurn(long eventsAfterBatch) {
        if (eventsPerSecond == 0) {
            return;
        }
        if (startNanos < 0) {
            startNanos = System.nanoTime();
        }
        long dueNanos = startNanos + (long) (eventsAfterBatch / eventsPerSecond * 1e9);
        long waitNanos = dueNanos - System.nanoTime();
        if (waitNanos > 0) {
            LiveEventSender.sleep(Duration.ofNanos(waitNanos));
        }
    }
}
