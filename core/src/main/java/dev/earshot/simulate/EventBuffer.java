package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;
import java.util.Arrays;

/**
 * The events of one session, in time order, read once from the front; times kept as millis for fast merging.
 * Clearing only resets the counters: slots are overwritten by the next session.
 */
final class EventBuffer {
    private ListenEvent[] events = new ListenEvent[64];
    private long[] millis = new long[64];
    private int size;
    private int head;

    void add(ListenEvent e, long epochMillis) {
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size] = epochMillis;
        events[size++] = e;
    }

    boolean isEmpty() {
        return head == size;
    }

    long headMillis() {
        return millis[head];
    }

    ListenEvent take() {
        return events[head++];
    }

    void clear() {
        size = 0;
        head = 0;
    }
}
