package dev.earshot.simulate;

import java.time.Duration;

/** What a run produced: events written, events held out for evaluation, listeners, sessions, and time taken. */
public record Summary(long events, long heldOutEvents, int users, long sessions, Duration elapsed) {

    public double eventsPerSecond() {
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return events / seconds;
    }

    @Override
    public String toString() {
        return String.format("%,d events (%,d held out) from %,d users in %,d sessions, %.1f s, %,.0f events/s",
                events, heldOutEvents, users, sessions, elapsed.toMillis() / 1000.0, eventsPerSecond());
    }
}
