package dev.earshot.enrich;

import dev.earshot.event.WireEnum;

/** The part of the listener's local day: night 22–4 h, morning 5–11 h, afternoon 12–16 h, evening 17–21 h. */
public enum TimeOfDay implements WireEnum {
    NIGHT, MORNING, AFTERNOON, EVENING;

    public static TimeOfDay of(int hour) {
        if (hour >= 22 || hour < 5) {
            return NIGHT;
        }
        if (hour < 12) {
            return MORNING;
        }
        return hour < 17 ? AFTERNOON : EVENING;
    }
}
