package dev.earshot.simulate;

import dev.earshot.event.ContextType;
import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import java.util.SplittableRandom;

/**
 * How listening on one platform tends to look: which devices play it, where plays start from, and how
 * readily listeners skip, pause, like and share. Weights are indexed by the enums' ordinals.
 */
record PlatformProfile(Platform platform, double[] devices, double[] contexts, double skipFactor, double pauseRate,
                       double likeRate, double shareRate) {

    //                                   mobile desktop web tablet speaker car tv
    private static final double[] SPOTIFY_DEVICES = {0.55, 0.18, 0.05, 0.03, 0.09, 0.10, 0.00};
    private static final double[] APPLE_DEVICES = {0.56, 0.14, 0.00, 0.08, 0.09, 0.13, 0.00};
    private static final double[] YOUTUBE_DEVICES = {0.50, 0.08, 0.20, 0.05, 0.02, 0.00, 0.15};
    //                                    playlist album artist radio search recommendation
    private static final double[] SPOTIFY_CONTEXTS = {0.45, 0.15, 0.10, 0.10, 0.10, 0.10};
    private static final double[] APPLE_CONTEXTS = {0.35, 0.35, 0.10, 0.10, 0.05, 0.05};
    private static final double[] YOUTUBE_CONTEXTS = {0.20, 0.05, 0.05, 0.10, 0.25, 0.35};

    static PlatformProfile of(Platform p) {
        return switch (p) {
            case SPOTIFY -> new PlatformProfile(p, SPOTIFY_DEVICES, SPOTIFY_CONTEXTS, 1.0, 0.06, 0.10, 0.020);
            case APPLE_MUSIC -> new PlatformProfile(p, APPLE_DEVICES, APPLE_CONTEXTS, 0.85, 0.05, 0.08, 0.010);
            case YOUTUBE_MUSIC -> new PlatformProfile(p, YOUTUBE_DEVICES, YOUTUBE_CONTEXTS, 1.25, 0.08, 0.12, 0.040);
            default -> new PlatformProfile(p, SPOTIFY_DEVICES, SPOTIFY_CONTEXTS, 1.0, 0.06, 0.09, 0.015);
        };
    }

    Device drawDevice(SplittableRandom r) {
        return Device.values()[Draw.index(r, Draw.cumulative(devices))];
    }

    /** Drawn once per session; building the running sums each time costs nothing worth caching. */
    ContextType drawContext(SplittableRandom r) {
        return ContextType.values()[Draw.index(r, Draw.cumulative(contexts))];
    }
}
