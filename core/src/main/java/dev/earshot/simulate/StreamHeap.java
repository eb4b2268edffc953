package dev.earshot.simulate;

/**
 * A binary min-heap of user streams keyed by the time of their next event, ties broken by user index so the
 * merge order is fully determined. Keys are copied into a primitive array: the merge does one poll and one
 * push per event, and comparing longs in place beats a comparator chasing pointers.
 */
final class StreamHeap {
    private final UserStream[] streams;
    private final long[] times;
    private int size;

    StreamHeap(int capacity) {
        streams = new UserStream[capacity];
        times = new long[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(UserStream s) {
        int i = size++;
        long t = s.headMillis();
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, s, times[parent], streams[parent])) {
                break;
            }
            set(i, streams[parent], times[parent]);
            i = parent;
        }
        set(i, s, t);
    }

    UserStream pop() {
        UserStream top = streams[0];
        size--;
        UserStream last = streams[size];
        long t = times[size];
        streams[size] = null;
        int i = 0;
        while (size > 0) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(times[child + 1], streams[child + 1], times[child], streams[child])) {
                child++;
            }
            if (!before(times[child], streams[child], t, last)) {
                break;
            }
            set(i, streams[child], times[child]);
            i = child;
        }
        if (size > 0) {
            set(i, last, t);
        }
        return top;
    }

    private void set(int i, UserStream s, long t) {
        streams[i] = s;
        times[i] = t;
    }

    private static boolean before(long t1, UserStream s1, long t2, UserStream s2) {
        return t1 < t2 || t1 == t2 && s1.user().index() < s2.user().index();
    }
}
