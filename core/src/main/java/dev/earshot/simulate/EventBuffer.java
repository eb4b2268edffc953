package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The events of one session, in time order, read once from the front; times kept as millis for fast merging. */
final class EventBuffer {
    private final List<ListenEvent> events = new ArrayList<>();
    private long[] millis = new long[64];
    private int head;

    void add(ListenEvent e, long epochMillis) {
        if (events.size() == millis.length) {
            millis = Arrays.copyOf(millis, millis.length * 2);
        }
        millis[events.size()] = epochMillis;
        events.add(e);
    }

    boolean isEmpty() {
        return head == events.size();
    }

    long headMillis() {
        return millis[head];
    }

    ListenEvent take() {
        return events.get(head++);
    }

    void clear() {
        events.clear();
        head = 0;
    }
}
