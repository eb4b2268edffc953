package dev.earshot.simulate;

import java.util.SplittableRandom;

/**
 * When in the local day listening sessions start. Weekdays have commute peaks and a long evening peak;
 * weekends start late, stay flat through the afternoon and run later into the night.
 */
final class Rhythm {
    private static final double[] WEEKDAY = Draw.cumulative(new double[] {
        0.30, 0.15, 0.08, 0.05, 0.05, 0.15, 0.60, 1.30, 1.50, 0.90, 0.70, 0.80,
        1.00, 0.90, 0.70, 0.70, 0.90, 1.30, 1.60, 1.90, 2.10, 2.00, 1.40, 0.70});
    private static final double[] WEEKEND = Draw.cumulative(new double[] {
        0.80, 0.50, 0.30, 0.15, 0.08, 0.05, 0.10, 0.20, 0.35, 0.60, 0.90, 1.10,
        1.20, 1.20, 1.20, 1.20, 1.30, 1.40, 1.60, 1.80, 2.00, 2.10, 1.80, 1.30});

    private Rhythm() {
    }

    /** A local hour (0..23) at which a session starts, shifted by the listener's chronotype. */
    static int drawHour(SplittableRandom r, boolean weekend, int chronotype) {
        int hour = Draw.index(r, weekend ? WEEKEND : WEEKDAY);
        return Math.floorMod(hour + chronotype, 24);
    }
}
