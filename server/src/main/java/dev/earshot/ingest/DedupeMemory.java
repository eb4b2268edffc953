package dev.earshot.ingest;

/** Measures the dedupe index's id set at a given size, for {@code earshot bench dedupe}. */
public final class DedupeMemory {
    private DedupeMemory() {
    }

    public record Figures(int ids, long bytes, double insertsPerSecond, double lookupsPerSecond) {
    }

    public static Figures measure(int ids) {
        String[] keys = new String[ids];
        for (int i = 0; i < ids; i++) {
            keys[i] = "evt_user" + (i % 100_000) + "_" + (1_705_406_400L + i);
        }
        LongHashSet set = new LongHashSet(1024);
        long t0 = System.nanoTime();
        for (String key : keys) {
            set.add(EventIdHash.of(key));
        }
        long t1 = System.nanoTime();
        int found = 0;
        for (String key : keys) {
            found += set.contains(EventIdHash.of(key)) ? 1 : 0;
        }
        long t2 = System.nanoTime();
        if (found != ids || set.size() != ids) {
            throw new IllegalStateException("hash set lost ids: " + set.size() + " stored, " + found + " found of " + ids);
        }
        return new Figures(ids, set.bytes(), ids / ((t1 - t0) / 1e9), ids / ((t2 - t1) / 1e9));
    }
}
