package dev.earshot.simulate;

import java.time.Instant;

/**
 * The simulated time span [start, end). Sessions that start at or after {@code holdoutStart} are held out:
 * their listens go to the ground truth as the future a recommender should predict, not to the event output.
 */
public record Period(Instant start, Instant holdoutStart, Instant end) {

    /** How far through the period the instant is, from 0 at the start to 1 at the end. */
    double fraction(long epochMillis) {
        double span = end.toEpochMilli() - start.toEpochMilli();
        return Draw.clamp((epochMillis - start.toEpochMilli()) / span, 0, 1);
    }
}
