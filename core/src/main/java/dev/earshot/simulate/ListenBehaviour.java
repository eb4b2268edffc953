package dev.earshot.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides how a listener reacts to a track from how well it matches their taste: poor matches are skipped
 * more, and mostly within the first 30 seconds; strong matches are played through, liked and shared.
 */
final class ListenBehaviour {
    static final long EARLY_SKIP_MS = 30_000;
    static final double REPEAT_PAUSE_FACTOR = 0.35;

    private ListenBehaviour() {
    }

    static Listen draw(SimTrack track, double match, SimUser user, PlatformProfile profile, SplittableRandom r) {
        double miss = 1 - match;
        // Free tiers limit skips, so free listeners skip a little less.
        double skipChance = (0.06 + 0.75 * miss * miss) * profile.skipFactor() * (user.premium() ? 1 : 0.85);
        boolean skipped = r.nextDouble() < Math.min(0.95, skipChance);
        long duration = track.durationMs();
        long played = skipped ? skipPosition(duration, miss, r) : duration;
        List<Listen.Pause> pauses = pauses(played, profile, r);
        double eager = 0.6 + 0.8 * user.engagement();
        boolean liked = !skipped && r.nextDouble() < profile.likeRate() * eager * Math.pow(match, 3);
        boolean shared = !skipped && r.nextDouble() < profile.shareRate() * eager * Math.pow(match, 4);
        return new Listen(played, skipped, pauses, liked, shared);
    }

    /**
     * Most listens have no pause; one that has one may have more (a phone call, then the door), each less
     * likely than the last. Positions come in playback order; a pause lasts seconds to minutes, rarely long.
     */
    private static List<Listen.Pause> pauses(long played, PlatformProfile profile, SplittableRandom r) {
        List<Listen.Pause> pauses = new ArrayList<>(0);
        long from = 0;
        double chance = profile.pauseRate();
        while (from < played && r.nextDouble() < chance) {
            long at = from + r.nextLong(played - from + 1);
            long length = 2_000 + Math.min(900_000, (long) (45_000 * -Math.log(1 - r.nextDouble())));
            pauses.add(new Listen.Pause(at, length));
            from = at + 1;
            chance *= REPEAT_PAUSE_FACTOR;
        }
        return pauses;
    }

    private static long skipPosition(long duration, double miss, SplittableRandom r) {
        boolean early = r.nextDouble() < 0.35 + 0.55 * miss;
        long from = early ? 1_500 : EARLY_SKIP_MS;
        long to = early ? EARLY_SKIP_MS : Math.max(EARLY_SKIP_MS + 1, duration * 9 / 10);
        return Math.min(duration - 1, from + r.nextLong(to - from));
    }
}
