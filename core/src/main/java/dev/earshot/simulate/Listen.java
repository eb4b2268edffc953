package dev.earshot.simulate;

import java.util.List;

/**
 * How one track was listened to: how much was played before it ended, whether it was skipped, the pauses
 * (in playback order, none for most listens), and whether the listener liked or shared it.
 */
record Listen(long playedMs, boolean skipped, List<Pause> pauses, boolean liked, boolean shared) {

    /** Playback stopped at {@code atMs} into the track for {@code lengthMs} of wall-clock time. */
    record Pause(long atMs, long lengthMs) {
    }

    Listen {
        pauses = List.copyOf(pauses);
    }
}
