package dev.earshot.simulate;

import java.util.SplittableRandom;

/**
 * Vose's alias method: draws an index in proportion to its weight in constant time, where a binary search over
 * running sums costs a cache miss per level. Track draws are the simulator's hottest loop.
 */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        probability = new double[n];
        alias = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // What is left is 1 up to rounding error.
        while (larges > 0) {
            probability[large[--larges]] = 1;
        }
        while (smalls > 0) {
            probability[small[--smalls]] = 1;
        }
    }

    int draw(SplittableRandom r) {
        int i = r.nextInt(probability.length);
        return r.nextDouble() < probability[i] ? i : alias[i];
    }
}
