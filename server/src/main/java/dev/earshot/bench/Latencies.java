package dev.earshot.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Request latencies of one run, in nanoseconds; percentiles by nearest rank. */
final class Latencies {
    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    /** {@code warmup} untimed calls of {@code question} (so JIT and caches settle), then {@code runs} timed ones. */
    static Latencies of(Supplier<?> question, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            question.get();
        }
        Latencies latencies = new Latencies(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            question.get();
            latencies.add(System.nanoTime() - t0);
        }
        return latencies;
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
