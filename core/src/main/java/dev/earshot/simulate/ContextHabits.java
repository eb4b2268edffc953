package dev.earshot.simulate;

import dev.earshot.event.Device;
import dev.earshot.vocab.ListeningContext;
import java.time.DayOfWeek;
import java.util.SplittableRandom;

/**
 * Why a session happens, as the simulator plays it. The context depends on the local hour and day, sets the
 * session's length, and decides which tracks fit: a workout wants energy, sleep and focus want calm,
 * instrumental music. Every simulated session has one of {@link #SIMULATED}; {@code other} is only ever a
 * model's answer.
 */
final class ContextHabits {
    /** The contexts a session is drawn from, in the order the seeded draw walks them. */
    static final ListeningContext[] SIMULATED = {ListeningContext.COMMUTE, ListeningContext.WORKOUT,
        ListeningContext.FOCUS, ListeningContext.RELAX, ListeningContext.PARTY, ListeningContext.SLEEP};

    private ContextHabits() {
    }

    static int drawTracks(ListeningContext c, SplittableRandom r) {
        int minTracks = switch (c) {
            case COMMUTE -> 6;
            case WORKOUT, FOCUS -> 10;
            case RELAX -> 5;
            case PARTY -> 12;
            case SLEEP -> 4;
            case OTHER -> throw notSimulated();
        };
        int maxTracks = switch (c) {
            case COMMUTE -> 12;
            case WORKOUT -> 18;
            case FOCUS, PARTY -> 25;
            case RELAX -> 14;
            case SLEEP -> 10;
            case OTHER -> throw notSimulated();
        };
        return minTracks + r.nextInt(maxTracks - minTracks + 1);
    }

    /** How well the track suits this context; only the order between tracks matters. */
    static double fit(ListeningContext c, AudioProfile a) {
        return switch (c) {
            case COMMUTE -> 0.5 + 0.2 * a.energy();
            case WORKOUT -> a.energy() + 0.4 * a.tempo() / 200;
            case FOCUS -> a.instrumentalness() + 0.5 * (1 - a.energy()) + 0.5 * (1 - a.speechiness());
            case RELAX -> (1 - a.energy()) + 0.4 * a.acousticness() + 0.3 * a.valence();
            case PARTY -> a.danceability() + 0.7 * a.energy();
            case SLEEP -> (1 - a.energy()) + 0.5 * a.instrumentalness() + 0.4 * a.acousticness();
            case OTHER -> throw notSimulated();
        };
    }

    /** How likely a session starting at this local hour and day has this context, relative to the others. */
    static double weight(ListeningContext c, int hour, DayOfWeek day) {
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return switch (c) {
            case COMMUTE -> !weekend && (between(hour, 7, 9) || between(hour, 17, 19)) ? 3 : 0.08;
            case WORKOUT -> between(hour, 6, 8) || between(hour, 17, 20) || weekend && between(hour, 9, 12) ? 1.2 : 0.2;
            case FOCUS -> !weekend && between(hour, 9, 17) ? 3 : weekend && between(hour, 10, 18) ? 0.6 : 0.3;
            case RELAX -> between(hour, 18, 23) ? 2 : weekend && between(hour, 10, 18) ? 1.5 : 0.5;
            case PARTY -> partyNight(hour, day) ? 3 : 0.05;
            case SLEEP -> hour >= 22 || hour <= 2 ? 2 : 0.02;
            case OTHER -> throw notSimulated();
        };
    }

    /** The device a session of this context is played on when the listener owns it. */
    static Device calledFor(ListeningContext c) {
        return switch (c) {
            case COMMUTE -> Device.CAR;
            case WORKOUT -> Device.MOBILE;
            case FOCUS -> Device.DESKTOP;
            case RELAX, SLEEP -> Device.SMART_SPEAKER;
            case PARTY -> Device.TV;
            case OTHER -> throw notSimulated();
        };
    }

    private static IllegalArgumentException notSimulated() {
        return new IllegalArgumentException("the simulator plays no session of context 'other'");
    }

    /** Friday and Saturday nights, including the small hours that fall on the next date. */
    private static boolean partyNight(int hour, DayOfWeek day) {
        boolean lateEvening = hour >= 21 && (day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY);
        boolean smallHours = hour <= 2 && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
        return lateEvening || smallHours;
    }

    private static boolean between(int hour, int from, int to) {
        return hour >= from && hour <= to;
    }
}
