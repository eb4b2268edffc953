package dev.earshot.enrich;

import java.util.Arrays;

/**
 * Running means of a few numbers that may each be unknown (NaN). Each mean is exact over its first
 * {@code memory} values and then a moving average of weight 1/memory, so old values fade and a mean of a
 * short memory follows the recent ones.
 */
final class RunningMeans {
    private final int memory;
    private final double[] means;
    private final int[] counts;

    RunningMeans(int size, int memory) {
        this.memory = memory;
        this.means = new double[size];
        this.counts = new int[size];
        Arrays.fill(means, Double.NaN);
    }

    void add(double[] values) {
        for (int i = 0; i < means.length; i++) {
            if (!Double.isNaN(values[i])) {
                counts[i] = Math.min(counts[i] + 1, memory);
                means[i] = counts[i] == 1 ? values[i] : means[i] + (values[i] - means[i]) / counts[i];
            }
        }
    }

    /** The mean of value {@code i}, or NaN while none is known. */
    double mean(int i) {
        return means[i];
    }
}
