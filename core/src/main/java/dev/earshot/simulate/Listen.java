package dev.earshot.simulate;

/**
 * How one track was listened to: how much was played before it ended, whether it was skipped, an optional
 * pause ({@code pauseAtMs} is -1 when there was none), and whether the listener liked or shared it.
 */
record Listen(long playedMs, boolean skipped, long pauseAtMs, long pauseMs, boolean liked, boolean shared) {

    boolean paused() {
        return pauseAtMs >= 0;
    }
}
