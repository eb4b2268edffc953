package dev.earshot.enrich;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;

/**
 * How much one event says that its listener wants the track, the evidence co-listening is built from.
 * A play only says the track was started, so it counts little on its own; the outcome decides the rest:
 * a skip within the first 30 s takes the play back (net 0), a later skip leaves half a listen (net 0.5), a
 * completion makes a whole listen (net 1). Likes, shares and playlist adds are deliberate and count a listen
 * more each; an unlike takes one back. A (user, track) total below zero is clipped to zero by the caller, so
 * dislike never becomes negative similarity.
 */
public final class CoListeningWeights {
    /** Skips before this much playback are taken as rejection rather than partial listening. */
    public static final long EARLY_SKIP_MS = 30_000;

    static final double PLAY = 0.25;
    static final double EARLY_SKIP = -0.25;
    static final double LATE_SKIP = 0.25;
    static final double COMPLETE = 0.75;
    static final double DELIBERATE = 1.0;

    private CoListeningWeights() {
    }

    public static double weight(ListenEvent e) {
        return weight(e.eventType(), playedMs(e));
    }

    /** The weight of an event of this type after {@code playedMs} of playback (null when unknown). */
    public static double weight(EventType type, Long playedMs) {
        return switch (type) {
            case PLAY -> PLAY;
            case SKIP -> skip(playedMs);
            case COMPLETE -> COMPLETE;
            case LIKE, SHARE, ADD_TO_PLAYLIST -> DELIBERATE;
            case UNLIKE -> -DELIBERATE;
            case PAUSE, RESUME -> 0;
        };
    }

    /** A skip of unknown length says nothing either way, so it leaves the play's weight alone. */
    private static double skip(Long playedMs) {
        if (playedMs == null) {
            return 0;
        }
        return playedMs < EARLY_SKIP_MS ? EARLY_SKIP : LATE_SKIP;
    }

    private static Long playedMs(ListenEvent e) {
        return e.msPlayed() != null ? e.msPlayed() : e.positionMs();
    }
}
