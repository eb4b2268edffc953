package dev.earshot.enrich;

import dev.earshot.event.Device;
import java.time.DayOfWeek;

/**
 * Why a session is happening, as a naive-Bayes-style product of hand-set likelihoods over four clues:
 * <ol>
 *   <li>the local hour and day the session started: commutes at 7–9 h and 17–19 h on weekdays, focus in
 *       weekday office hours, workouts early morning, after work and weekend mornings, relaxing in the
 *       evening and weekend afternoons, parties on Friday and Saturday nights, sleep after 22 h;</li>
 *   <li>the device, against the devices this listener uses: a car says commute, a TV party, a desktop
 *       focus, a smart speaker relax or sleep — and not using the device a context calls for, when they
 *       have it, speaks against that context;</li>
 *   <li>how long the session has run: a session past a context's usual length is rarely that context;</li>
 *   <li>the mean energy of its recent tracks: workouts and parties play energetic music, sleep calm music.</li>
 * </ol>
 * The weights are the rhythm of a typical listening week as we assume it, and the simulator assumes the same
 * one, so accuracy measured on it is an upper bound for real listeners. Confidence is the winner's share of
 * the total weight, halved when the zone is unknown and the hour is UTC; when no context reaches
 * {@link #MIN_SHARE} we say {@code other}. Cost: a few dozen multiplications, no allocation but the result.
 */
public final class ListeningContextModel {
    static final double MIN_SHARE = 0.25;
    static final double USES_CALLED_FOR = 0.7;
    private static final ListeningContext[] CONTEXTS = {ListeningContext.WORKOUT, ListeningContext.COMMUTE,
        ListeningContext.FOCUS, ListeningContext.PARTY, ListeningContext.RELAX, ListeningContext.SLEEP};
    /** The most tracks a session of each context usually has, in the order of {@link #CONTEXTS}. */
    private static final int[] USUAL_MAX_TRACKS = {18, 12, 25, 25, 14, 10};
    /** How strongly recent energy speaks for each context: + for energetic music, − for calm. */
    private static final double[] ENERGY_LEANING = {10, 0, -4, 5, -4, -8};

    public ListeningContextInsight infer(SessionState s, Device device) {
        double total = 0;
        double best = -1;
        ListeningContext winner = ListeningContext.OTHER;
        for (int i = 0; i < CONTEXTS.length; i++) {
            double w = timeWeight(CONTEXTS[i], s.localHour(), s.day()) * deviceWeight(CONTEXTS[i], device, s.listener())
                    * lengthWeight(i, s.tracks()) * energyWeight(i, s.energyAboveUsual());
            total += w;
            if (w > best) {
                best = w;
                winner = CONTEXTS[i];
            }
        }
        double share = best / total;
        ListeningContext context = share >= MIN_SHARE ? winner : ListeningContext.OTHER;
        double confidence = s.zoneKnown() ? share : share / 2;
        return new ListeningContextInsight(context, TimeOfDay.of(s.localHour()), !s.weekend(), confidence, Source.RULES);
    }

    static double timeWeight(ListeningContext c, int hour, DayOfWeek day) {
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return switch (c) {
            case COMMUTE -> !weekend && (between(hour, 7, 9) || between(hour, 17, 19)) ? 3 : 0.08;
            case WORKOUT -> between(hour, 6, 8) || between(hour, 17, 20) || weekend && between(hour, 9, 12) ? 1.2 : 0.2;
            case FOCUS -> !weekend && between(hour, 9, 17) ? 3 : weekend && between(hour, 10, 18) ? 0.6 : 0.3;
            case RELAX -> between(hour, 18, 23) ? 2 : weekend && between(hour, 10, 18) ? 1.5 : 0.5;
            case PARTY -> partyNight(hour, day) ? 3 : 0.05;
            case SLEEP -> hour >= 22 || hour <= 2 ? 2 : 0.02;
            case OTHER -> 0;
        };
    }

    /**
     * P(device | context) for this listener: a context calls for one device (car for a commute, phone for a
     * workout, desktop for focus, smart speaker to relax or sleep, TV for a party), which they use for
     * {@link #USES_CALLED_FOR} of such sessions when they own it, and any of their devices otherwise.
     */
    static double deviceWeight(ListeningContext c, Device device, ListenerBaseline listener) {
        if (device == null) {
            return 1;
        }
        Device called = calledFor(c);
        double anyOfTheirs = 1.0 / Math.max(1, listener.devicesUsed());
        if (!listener.hasUsed(called)) {
            return anyOfTheirs;
        }
        return (device == called ? USES_CALLED_FOR : 0) + (1 - USES_CALLED_FOR) * anyOfTheirs;
    }

    private static Device calledFor(ListeningContext c) {
        return switch (c) {
            case COMMUTE -> Device.CAR;
            case FOCUS -> Device.DESKTOP;
            case RELAX, SLEEP -> Device.SMART_SPEAKER;
            case PARTY -> Device.TV;
            case WORKOUT, OTHER -> Device.MOBILE;
        };
    }

    private static double lengthWeight(int context, int tracks) {
        return tracks > USUAL_MAX_TRACKS[context] ? 0.05 : 1;
    }

    /** e^(leaning × departure): music as energetic as the listener's usual says nothing. */
    private static double energyWeight(int context, double departure) {
        return Double.isNaN(departure) ? 1 : Math.exp(ENERGY_LEANING[context] * departure);
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
