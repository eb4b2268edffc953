package dev.earshot.simulate;

import dev.earshot.event.WireEnum;
import java.time.DayOfWeek;

/**
 * Why a session happens. The context depends on the local hour and day, sets the session's length, and
 * decides which tracks fit: a workout wants energy, sleep and focus want calm, instrumental music.
 */
public enum ListeningContext implements WireEnum {
    COMMUTE(6, 12), WORKOUT(10, 18), FOCUS(10, 25), RELAX(5, 14), PARTY(12, 25), SLEEP(4, 10);

    private final int minTracks;
    private final int maxTracks;

    ListeningContext(int minTracks, int maxTracks) {
        this.minTracks = minTracks;
        this.maxTracks = maxTracks;
    }

    int drawTracks(java.util.SplittableRandom r) {
        return minTracks + r.nextInt(maxTracks - minTracks + 1);
    }

    /** How well the track suits this context; only the order between tracks matters. */
    double fit(AudioProfile a) {
        return switch (this) {
            case COMMUTE -> 0.5 + 0.2 * a.energy();
            case WORKOUT -> a.energy() + 0.4 * a.tempo() / 200;
            case FOCUS -> a.instrumentalness() + 0.5 * (1 - a.energy()) + 0.5 * (1 - a.speechiness());
            case RELAX -> (1 - a.energy()) + 0.4 * a.acousticness() + 0.3 * a.valence();
            case PARTY -> a.danceability() + 0.7 * a.energy();
            case SLEEP -> (1 - a.energy()) + 0.5 * a.instrumentalness() + 0.4 * a.acousticness();
        };
    }

    /** How likely a session starting at this local hour and day has this context, relative to the others. */
    double weight(int hour, DayOfWeek day) {
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return switch (this) {
            case COMMUTE -> !weekend && (between(hour, 7, 9) || between(hour, 17, 19)) ? 3 : 0.08;
            case WORKOUT -> between(hour, 6, 8) || between(hour, 17, 20) || weekend && between(hour, 9, 12) ? 1.2 : 0.2;
            case FOCUS -> !weekend && between(hour, 9, 17) ? 3 : weekend && between(hour, 10, 18) ? 0.6 : 0.3;
            case RELAX -> between(hour, 18, 23) ? 2 : weekend && between(hour, 10, 18) ? 1.5 : 0.5;
            case PARTY -> partyNight(hour, day) ? 3 : 0.05;
            case SLEEP -> hour >= 22 || hour <= 2 ? 2 : 0.02;
        };
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
