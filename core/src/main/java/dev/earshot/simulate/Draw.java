package dev.earshot.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Sampling helpers on a seeded {@link SplittableRandom}. */
final class Draw {
    private Draw() {
    }

    /** A normal draw clamped to [lo, hi], so generated values always stay within their scale. */
    static double normal(SplittableRandom r, double mean, double sd, double lo, double hi) {
        return clamp(mean + sd * r.nextGaussian(), lo, hi);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Running sums of the weights, for {@link #index}. */
    static double[] cumulative(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    /** An index drawn in proportion to its weight, given the running sums of the weights. */
    static int index(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int found = i >= 0 ? i + 1 : -i - 1;
        return Math.min(found, cumulative.length - 1);
    }

    /** Knuth's method; our means are small (sessions per day), so it is fast enough. */
    static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
