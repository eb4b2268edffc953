package dev.earshot.enrich;

import dev.earshot.event.Device;
import java.time.DayOfWeek;

/**
 * Why a session is happening, as a naive-Bayes-style product of hand-set likelihoods over four clues:
 * <ol>
 *   <li>the local hour and day the session started: commutes at 7–9 h and 17–19 h on weekdays, focus in
 *       weekday office hours, workouts early morning, after work and weekend mornings, relaxing in the
 *       evening and weekend afternoons, parties on Friday and Saturday nights, sleep after 22 h;</li>
 *   <li>the device: a car says commute, a TV party, a desktop focus, a smart speaker relax or sleep;</li>
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
    private static final ListeningContext[] CONTEXTS = {ListeningContext.WORKOUT, ListeningContext.COMMUTE,
        ListeningContext.FOCUS, ListeningContext.PARTY, ListeningContext.RELAX, ListeningContext.SLEEP};
    /** The most tracks a session of each context usually has, in the order of {@link #CONTEXTS}. */
    private static final int[] USUAL_MAX_TRACKS = {18, 12, 25, 25, 14, 10};
    /** How strongly recent energy speaks for each context: + for energetic music, − for calm. */
    private static final double[] ENERGY_LEANING = {4, 0, -1.5, 2, -1.5, -3};

    public ListeningContextInsight infer(SessionState s, Device device) {
        double total = 0;
        double best = -1;
        ListeningContext winner = ListeningContext.OTHER;
        for (int i = 0; i < CONTEXTS.length; i++) {
            double w = timeWeight(CONTEXTS[i], s.localHour(), s.day()) * deviceWeight(CONTEXTS[i], device)
                    * lengthWeight(i, s.tracks()) * energyWeight(i, s.recentEnergy());
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

    static double deviceWeight(ListeningContext c, Device device) {
        if (device == null) {
            return 1;
        }
        return switch (device) {
            case CAR -> c == ListeningContext.COMMUTE ? 8 : 0.5;
            case TV -> c == ListeningContext.PARTY ? 8 : 0.5;
            case DESKTOP -> c == ListeningContext.FOCUS ? 3 : 0.6;
            case SMART_SPEAKER -> c == ListeningContext.RELAX || c == ListeningContext.SLEEP ? 3 : 0.5;
            case MOBILE -> c == ListeningContext.WORKOUT ? 1.5 : c == ListeningContext.COMMUTE ? 1 : 0.8;
            case WEB, TABLET -> 1;
        };
    }

    private static double lengthWeight(int context, int tracks) {
        return tracks > USUAL_MAX_TRACKS[context] ? 0.05 : 1;
    }

    /** e^(leaning × (energy − 0.6)): 0.6 is about the mean energy of all music, so it says nothing. */
    private static double energyWeight(int context, double energy) {
        return Double.isNaN(energy) ? 1 : Math.exp(ENERGY_LEANING[context] * (energy - 0.6));
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
