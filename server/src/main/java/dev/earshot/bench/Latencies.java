package dev.earshot.bench;

import java.util.Arrays;

/** Request latencies of one run, in nanoseconds; percentiles by nearest rank. */
final class Latencies {
    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long value) {
        nanos[size++] = value;
    }

    synchronized double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
