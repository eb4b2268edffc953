package dev.earshot.cli;

import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import java.io.IOException;
import java.io.PrintWriter;

/** Passes events on and, on long runs, prints a progress line to stderr every few seconds. */
final class ProgressSink implements EventSink {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private static final int CHECK_EVERY = 4096;

    private final EventSink next;
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos = startNanos;
    private long events;

    ProgressSink(EventSink next, PrintWriter err) {
        this.next = next;
        this.err = err;
    }

    @Override
    public void accept(ListenEvent event) throws IOException {
        next.accept(event);
        if (++events % CHECK_EVERY == 0) {
            long now = System.nanoTime();
            if (now - lastPrintNanos >= EVERY_NANOS) {
                lastPrintNanos = now;
                double seconds = (now - startNanos) / 1e9;
                err.printf("simulate: %,d events, %,.0f events/s, simulated time %s%n", events, events / seconds, event.timestamp());
                err.flush();
            }
        }
    }

    @Override
    public void close() throws IOException {
        next.close();
    }
}
