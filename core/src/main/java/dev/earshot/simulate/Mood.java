package dev.earshot.simulate;

import dev.earshot.event.WireEnum;

/** The four quadrants of Russell's circumplex: valence (x) against energy, i.e. arousal (y). */
public enum Mood implements WireEnum {
    ENERGETIC, TENSE, SAD, CALM;

    public static Mood of(double valence, double energy) {
        boolean positive = valence >= 0.5;
        if (energy >= 0.5) {
            return positive ? ENERGETIC : TENSE;
        }
        return positive ? CALM : SAD;
    }
}
