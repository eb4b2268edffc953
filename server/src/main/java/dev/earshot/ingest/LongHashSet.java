package dev.earshot.ingest;

/**
 * A set of 64-bit keys in one open-addressing array (8 bytes a slot, at most 2/3 full): a tenth of the
 * memory of a {@code HashSet<Long>}, which is what lets the dedupe index hold millions of ids.
 * The key 0 marks an empty slot, so it is stored as a reserved stand-in.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;

    private long[] slots;
    private int size;

    LongHashSet(int expected) {
        slots = new long[tableSizeFor(Math.max(expected, 8))];
    }

    /** Adds the key; returns false if it was already there. */
    boolean add(long key) {
        long k = key == EMPTY ? ZERO_STAND_IN : key;
        if ((size + 1) * 3L > slots.length * 2L) {
            grow();
        }
        int i = indexOf(k, slots);
        if (slots[i] == k) {
            return false;
        }
        slots[i] = k;
        size++;
        return true;
    }

    boolean contains(long key) {
        long k = key == EMPTY ? ZERO_STAND_IN : key;
        return slots[indexOf(k, slots)] == k;
    }

    int size() {
        return size;
    }

    /** Bytes held by the table, for the memory figure in metrics and benchmarks. */
    long bytes() {
        return 8L * slots.length;
    }

    private static int indexOf(long k, long[] table) {
        int mask = table.length - 1;
        int i = (int) (mix(k) & mask);
        while (table[i] != EMPTY && table[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long k : slots) {
            if (k != EMPTY) {
                bigger[indexOf(k, bigger)] = k;
            }
        }
        slots = bigger;
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private static int tableSizeFor(int expected) {
        int needed = (int) Math.min(1L << 30, expected * 3L / 2 + 1);
        return Integer.highestOneBit(needed - 1) << 1;
    }
}
