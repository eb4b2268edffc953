package dev.earshot.vocab;

import dev.earshot.event.WireEnum;

/**
 * The four quadrants of Russell's circumplex, valence against arousal. The wire names are the simulator's, so
 * that the evaluation compares like with like.
 */
public enum Mood implements WireEnum {
    ENERGETIC, TENSE, SAD, CALM;

    /** The quadrant of a point; 0.5 on either axis belongs to the upper (positive, aroused) side. */
    public static Mood of(double valence, double arousal) {
        boolean positive = valence >= 0.5;
        if (arousal >= 0.5) {
            return positive ? ENERGETIC : TENSE;
        }
        return positive ? CALM : SAD;
    }
}
