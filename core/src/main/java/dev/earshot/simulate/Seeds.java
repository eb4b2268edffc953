package dev.earshot.simulate;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the run's seed and a few coordinates (user, day, purpose), so that
 * each value depends only on where it is used, never on how many draws happened elsewhere before it.
 */
final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static SplittableRandom rng(long seed, long... coordinates) {
        long h = mix(seed);
        for (long c : coordinates) {
            h = mix(h ^ (c * GOLDEN + GOLDEN));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
