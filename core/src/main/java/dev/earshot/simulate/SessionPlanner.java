package dev.earshot.simulate;

import dev.earshot.vocab.ListeningContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Plans one listener's sessions for one local date: how many, at which local hours, in which contexts. */
final class SessionPlanner {
    private static final ListeningContext[] CONTEXTS = ContextHabits.SIMULATED;

    private SessionPlanner() {
    }

    static List<SessionPlan> plan(SimUser user, LocalDate date, SplittableRandom r) {
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        int n = Draw.poisson(r, user.sessionsPerDay() * (weekend ? 1.15 : 1.0));
        List<SessionPlan> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int hour = Rhythm.drawHour(r, weekend, user.chronotype());
            LocalTime time = LocalTime.of(hour, r.nextInt(60), r.nextInt(60));
            long start = ZonedDateTime.of(date, time, user.city().zone()).toInstant().toEpochMilli();
            out.add(new SessionPlan(start + r.nextInt(1000), context(hour, day, r)));
        }
        out.sort(Comparator.comparingLong(SessionPlan::startMillis));
        return out;
    }

    private static ListeningContext context(int hour, DayOfWeek day, SplittableRandom r) {
        double[] weights = new double[CONTEXTS.length];
        for (int i = 0; i < CONTEXTS.length; i++) {
            weights[i] = ContextHabits.weight(CONTEXTS[i], hour, day);
        }
        return CONTEXTS[Draw.index(r, Draw.cumulative(weights))];
    }
}
