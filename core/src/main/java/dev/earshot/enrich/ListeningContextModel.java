package dev.earshot.enrich;

import dev.earshot.event.Device;
import dev.earshot.vocab.ListeningContext;
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
 *   <li>how many tracks the session has played: the longer it runs, the less likely a short context
 *       (sleep, commute) becomes;</li>
 *   <li>the session's tracks against the listener's usual music: workouts want more energy and tempo,
 *       parties more danceable music, focus and sleep more instrumental and calmer, relaxing calmer,
 *       more acoustic and happier.</li>
 * </ol>
 * The time weights and usual session lengths are the rhythm of a listening week as we assume it, set
 * independently of the simulator's numbers; the simulator was built on the same broad assumptions, so
 * accuracy measured on it is still a best case for real listeners. Confidence is the winner's
 * share of the total weight, halved when the zone is unknown and the hour is UTC; when no context reaches
 * {@link #MIN_SHARE} we say {@code other}. Cost: a few dozen multiplications and six exponentials, one small
 * array and the result.
 */
public final class ListeningContextModel {
    static final double MIN_SHARE = 0.3;
    static final double USES_CALLED_FOR = 0.6;
    private static final ListeningContext[] CONTEXTS = {ListeningContext.WORKOUT, ListeningContext.COMMUTE,
        ListeningContext.FOCUS, ListeningContext.PARTY, ListeningContext.RELAX, ListeningContext.SLEEP};
    /** {@link #timeWeight} for each day (Monday first), hour and context, computed once. */
    private static final double[][][] TIME_WEIGHTS = timeWeights();
    /** The usual fewest and most tracks of a session of each context, in the order of {@link #CONTEXTS}. */
    private static final int[][] USUAL_TRACKS = {{8, 20}, {5, 15}, {8, 30}, {10, 30}, {4, 16}, {3, 12}};
    /** Tracks past this many add no more evidence, so that a stream without session ids stays finite. */
    private static final int MAX_EVIDENCE_TRACKS = 30;
    /** Sessions longer than usual do happen; this keeps such a context possible. */
    private static final double UNUSUALLY_LONG = 0.02;
    /**
     * How strongly one track's trait above the listener's usual speaks for each context, as a log-likelihood
     * per unit of departure (rows in the order of {@link #CONTEXTS}; columns energy, dance, instrumental,
     * acoustic, valence, tempo). Signs are from what each context wants; sizes were tuned on a simulated
     * world of seed 7, never on the evaluation's seed.
     */
    private static final double[][] LEANING = {
        {1.5, 0, 0, 0, 0, 0.6},
        {0, 0, 0, 0, 0, 0},
        {-0.6, 0, 0.6, 0, 0, 0},
        {0.75, 0.9, 0, 0, 0, 0},
        {-0.6, 0, 0, 0.45, 0.3, 0},
        {-1.2, 0, 0.45, 0.45, 0, 0},
    };

    public ListeningContextInsight infer(SessionState s, Device device) {
        double total = 0;
        double best = -1;
        ListeningContext winner = ListeningContext.OTHER;
        double[] departures = departures(s);
        for (int i = 0; i < CONTEXTS.length; i++) {
            double w = TIME_WEIGHTS[s.day().ordinal()][s.localHour()][i] * deviceWeight(CONTEXTS[i], device, s.listener())
                    * lengthWeight(i, s.tracks()) * traitWeight(i, s.tracks(), departures);
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

    private static double[][][] timeWeights() {
        double[][][] w = new double[7][24][CONTEXTS.length];
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                for (int c = 0; c < CONTEXTS.length; c++) {
                    w[day.ordinal()][hour][c] = timeWeight(CONTEXTS[c], hour, day);
                }
            }
        }
        return w;
    }

    /**
     * How likely a session starting in this local hour (taken at its middle) has this context, relative to the
     * others: smooth bumps around the hours each context is usually reported at (commutes around 8 and 18 h on
     * weekdays, workouts around 7 and 18:30 h and late weekend mornings, focus across weekday office hours,
     * relaxing in the evening and on weekend afternoons, parties late on Friday and Saturday, sleep around
     * midnight), over a floor that keeps every context possible at any hour. These are our own assumptions
     * about a listening week, set without looking at the simulator's numbers.
     */
    static double timeWeight(ListeningContext c, int hour, DayOfWeek day) {
        double h = hour + 0.5;
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return switch (c) {
            case COMMUTE -> 0.1 + (weekend ? 0.2 : 2.5) * (bump(h, 8, 1.0) + bump(h, 18, 1.2));
            case WORKOUT -> 0.25 + bump(h, 7, 1.3) + bump(h, 18.5, 1.5) + (weekend ? bump(h, 10.5, 1.5) : 0);
            case FOCUS -> 0.3 + (weekend ? 0.5 : 2.5) * plateau(h, 9, 17.5);
            case RELAX -> 0.5 + 1.6 * bump(h, 21, 2.5) + (weekend ? 1.2 * plateau(h, 11, 18) : 0);
            case PARTY -> 0.05 + 3 * partyNight(h, day);
            case SLEEP -> 0.03 + 2 * bump(circular(h, 23.5), 0, 1.6);
            case OTHER -> 0;
        };
    }

    /** A bell around {@code centre} hours, 1 at the centre. */
    private static double bump(double h, double centre, double width) {
        double z = (h - centre) / width;
        return Math.exp(-z * z / 2);
    }

    /** About 1 between {@code from} and {@code to} hours, falling off over half an hour either side. */
    private static double plateau(double h, double from, double to) {
        return 1 / (1 + Math.exp(-(h - from) * 4)) / (1 + Math.exp((h - to) * 4));
    }

    /** Hours from {@code centre} on a 24-hour circle, so that 1 h and 23 h are two hours apart. */
    private static double circular(double h, double centre) {
        double d = h - centre;
        return d > 12 ? d - 24 : d < -12 ? d + 24 : d;
    }

    /** Friday and Saturday nights around 23:30 h, including the small hours that fall on the next date. */
    private static double partyNight(double h, DayOfWeek day) {
        boolean startsTonight = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
        boolean lastNight = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        double tonight = startsTonight ? bump(h, 23.5, 2) : 0;
        double carriedOver = lastNight ? bump(h + 24, 23.5, 2) : 0;
        return Math.max(tonight, carriedOver);
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

    /**
     * The chance that a session of this context lasts at least {@code tracks} tracks, its length being
     * uniform between the usual fewest and most: a long session speaks against short contexts.
     */
    static double lengthWeight(int context, int tracks) {
        int fewest = USUAL_TRACKS[context][0];
        int most = USUAL_TRACKS[context][1];
        double lasting = (most - tracks + 1) / (double) (most - fewest + 1);
        return Math.max(UNUSUALLY_LONG, Math.min(1, lasting));
    }

    /** How far the session's mean traits lie above the listener's usual; 0 where unknown, so they say nothing. */
    private static double[] departures(SessionState s) {
        double[] d = new double[TrackTraits.COUNT];
        for (int t = 0; t < d.length; t++) {
            double departure = s.aboveUsual(t);
            d[t] = Double.isNaN(departure) ? 0 : departure;
        }
        return d;
    }

    /**
     * e^(tracks × Σ leaning × departure): each track is one more piece of evidence, as in naive Bayes, and
     * music like the listener's usual says nothing.
     */
    private static double traitWeight(int context, int tracks, double[] departures) {
        double sum = 0;
        for (int t = 0; t < departures.length; t++) {
            sum += LEANING[context][t] * departures[t];
        }
        return Math.exp(Math.min(tracks, MAX_EVIDENCE_TRACKS) * sum);
    }
}
