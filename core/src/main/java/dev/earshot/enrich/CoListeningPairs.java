package dev.earshot.enrich;

import java.util.Arrays;

/**
 * Summed weight per (user, track) pair, keyed by the two int indices packed into one long: an open-addressing
 * table of primitives, so a million events cost a few arrays rather than a million boxed map entries. A
 * {@link #counted} table also keeps how many events each pair sums, so that events can be taken out again (a
 * pair whose count falls to zero is absent, whatever its weight) — what an incremental fold needs.
 */
public final class CoListeningPairs {
    private static final long EMPTY = -1L;

    private long[] keys = filled(1 << 12);
    private double[] values = new double[1 << 12];
    /** Events per pair, or null when not {@link #counted}. */
    private int[] events;
    private int size;

    public CoListeningPairs() {
    }

    private CoListeningPairs(boolean counted) {
        events = counted ? new int[keys.length] : null;
    }

    /** A table that also counts the events of each pair, so {@link #add(int, int, double, int)} may take some out. */
    public static CoListeningPairs counted() {
        return new CoListeningPairs(true);
    }

    public void add(int user, int track, double weight) {
        add(user, track, weight, 1);
    }

    /** Adds {@code weight} summed over {@code eventCount} events (negative both to take events out again). */
    public void add(int user, int track, double weight, int eventCount) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = key(user, track);
        int slot = slot(key, keys);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] += weight;
        if (events != null) {
            events[slot] += eventCount;
        }
    }

    /** The pair's summed weight, 0 when absent. */
    public double weight(int user, int track) {
        int slot = slot(key(user, track), keys);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    /** The pair's event count on a {@link #counted} table, 0 when absent. */
    public int events(int user, int track) {
        int slot = slot(key(user, track), keys);
        return keys[slot] == EMPTY ? 0 : events[slot];
    }

    private static long key(int user, int track) {
        return ((long) user << 32) | (track & 0xFFFFFFFFL);
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

    /** As {@link #forEach}, on a {@link #counted} table, skipping the pairs none of whose events are left. */
    public void forEachCounted(CountedPairVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && events[i] > 0) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], values[i], events[i]);
            }
        }
    }

    public interface PairVisitor {
        void visit(int user, int track, double weight);
    }

    public interface CountedPairVisitor {
        void visit(int user, int track, double weight, int events);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        int[] oldEvents = events;
        keys = filled(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        events = oldEvents == null ? null : new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                if (events != null) {
                    events[slot] = oldEvents[i];
                }
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
