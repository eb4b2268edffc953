package dev.earshot.enrich;

import java.util.Arrays;

/**
 * Summed weight per (user, track) pair, keyed by the two int indices packed into one long: an open-addressing
 * table of primitives, so a million events cost a few arrays rather than a million boxed map entries.
 */
public final class CoListeningPairs {
    private static final long EMPTY = -1L;

    private long[] keys = filled(1 << 12);
    private double[] values = new double[1 << 12];
    private int size;

    public void add(int user, int track, double weight) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = ((long) user << 32) | (track & 0xFFFFFFFFL);
        int slot = slot(key, keys);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] += weight;
    }

    public int size() {
        return size;
    }

    /** Calls {@code visitor} once per pair, in table order (deterministic for the same inserts). */
    public void forEach(PairVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }

    public interface PairVisitor {
        void visit(int user, int track, double weight);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int slot(long key, long[] table) {
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** A 64-bit finaliser (from SplitMix64), so packed neighbouring indices spread over the table. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
