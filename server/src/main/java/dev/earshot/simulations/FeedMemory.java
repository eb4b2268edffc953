package dev.earshot.simulations;

import dev.earshot.simulate.SimulationConfig;

/**
 * How much heap a live feed holds while it runs — its world (listeners and catalog) and one session per listener —
 * estimated before it starts, so that feeds beyond the budget are refused with the reason instead of taking the
 * server out of memory (measured: four large feeds under {@code -Xmx1g}). The figures are fitted on the simulator
 * itself (heap after GC at 200,000 events: 1,000 listeners 23 MB, 10,000 144 MB, 50,000 463 MB) with half again on
 * top, for the garbage between collections and the batches in flight.
 */
final class FeedMemory {
    static final long FIXED_BYTES = 3L << 20;
    static final long BYTES_PER_LISTENER = 8_000;
    static final long BYTES_PER_TRACK = 1_200;

    private FeedMemory() {
    }

    static long estimate(SimulationConfig config) {
        long held = FIXED_BYTES + BYTES_PER_LISTENER * config.users() + BYTES_PER_TRACK * config.trackCount();
        return held + held / 2;
    }

    /** What all feeds together may hold by default: half the heap the JVM may grow to. */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
