package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.ListeningContext;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated behaviour follows the model it claims to, so that analytics on it have something to find. */
class ListeningStatisticsTest {
    private static final SimRun RUN = SimRun.of("spotify", 200, 14, 5);
    private static final List<ListenEvent> PLAYS =
            RUN.events.stream().filter(e -> e.eventType() == EventType.PLAY).toList();

    @Test
    void eachUsersGenreSharesFollowTheirTaste() {
        Map<String, double[]> counts = new HashMap<>();
        for (ListenEvent e : PLAYS) {
            counts.computeIfAbsent(e.userId(), u -> new double[Genre.values().length])[RUN.track(e.trackId()).genre().ordinal()]++;
        }
        double distance = 0;
        int users = 0;
        for (SimUser u : RUN.world.users()) {
            double[] c = counts.get(u.id());
            double total = c == null ? 0 : java.util.Arrays.stream(c).sum();
            if (total >= 150) {
                distance += l1(c, total, u.taste());
                users++;
            }
        }
        assertThat(users).isGreaterThan(50);
        assertThat(distance / users).isLessThan(0.2);
    }

    private static double l1(double[] counts, double total, Taste taste) {
        double d = 0;
        for (Genre g : Genre.values()) {
            // Exploration spreads 8% of picks evenly over all genres.
            double expected = 0.92 * taste.weight(g) + 0.08 / Genre.values().length;
            d += Math.abs(counts[g.ordinal()] / total - expected);
        }
        return d;
    }

    @Test
    void earlySkipsAreMoreLikelyOnTasteMismatchThanOnMatch() {
        double[] matched = new double[2];
        double[] mismatched = new double[2];
        for (ListenEvent e : RUN.events) {
            if (e.eventType() == EventType.SKIP || e.eventType() == EventType.COMPLETE) {
                double match = RUN.user(e).taste().match(RUN.track(e.trackId()));
                boolean early = e.eventType() == EventType.SKIP && e.positionMs() < ListenBehaviour.EARLY_SKIP_MS;
                double[] bucket = match >= 0.7 ? matched : match <= 0.4 ? mismatched : null;
                if (bucket != null) {
                    bucket[0] += early ? 1 : 0;
                    bucket[1]++;
                }
            }
        }
        assertThat(matched[1]).isGreaterThan(1000);
        assertThat(mismatched[1]).isGreaterThan(300);
        assertThat(mismatched[0] / mismatched[1]).isGreaterThan(3 * matched[0] / matched[1]);
    }

    @Test
    void listeningPeaksInLocalEveningHours() {
        double[] byHour = new double[24];
        PLAYS.forEach(e -> byHour[local(e).getHour()]++);
        int peak = 0;
        for (int h = 1; h < 24; h++) {
            peak = byHour[h] > byHour[peak] ? h : peak;
        }
        assertThat(peak).isBetween(18, 22);
    }

    @Test
    void weekendRhythmDiffersFromWeekday() {
        double[] weekday = new double[24];
        double[] weekend = new double[24];
        for (ListenEvent e : PLAYS) {
            ZonedDateTime t = local(e);
            boolean isWeekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
            (isWeekend ? weekend : weekday)[t.getHour()]++;
        }
        assertThat(share(weekday, 7, 9)).isGreaterThan(1.5 * share(weekend, 7, 9));
        assertThat(share(weekend, 0, 2)).isGreaterThan(1.5 * share(weekday, 0, 2));
    }

    @Test
    void workoutSessionsPlayMoreEnergeticTracksThanSleepSessions() {
        Map<String, ListeningContext> contexts = new HashMap<>();
        RUN.truth.sessions().forEach(s -> contexts.put(s.sessionId(), s.context()));
        double[] workout = new double[2];
        double[] sleep = new double[2];
        for (ListenEvent e : PLAYS) {
            ListeningContext c = contexts.get(e.sessionId());
            double[] bucket = c == ListeningContext.WORKOUT ? workout : c == ListeningContext.SLEEP ? sleep : null;
            if (bucket != null) {
                bucket[0] += RUN.track(e.trackId()).audio().energy();
                bucket[1]++;
            }
        }
        assertThat(workout[0] / workout[1]).isGreaterThan(sleep[0] / sleep[1] + 0.1);
    }

    @Test
    void emergingArtistsGainListenersDuringThePeriod() {
        long mid = RUN.world.period().start().toEpochMilli() + (RUN.world.period().holdoutStart().toEpochMilli()
                - RUN.world.period().start().toEpochMilli()) / 2;
        long firstHalf = 0;
        long secondHalf = 0;
        for (ListenEvent e : PLAYS) {
            if (RUN.track(e.trackId()).artist().emerging()) {
                if (e.timestamp().toEpochMilli() < mid) {
                    firstHalf++;
                } else {
                    secondHalf++;
                }
            }
        }
        assertThat(secondHalf).isGreaterThan(3 * firstHalf).isGreaterThan(50);
    }

    private static ZonedDateTime local(ListenEvent e) {
        return e.timestamp().atZone(RUN.user(e).city().zone());
    }

    private static double share(double[] byHour, int from, int to) {
        double part = 0;
        double total = 0;
        for (int h = 0; h < 24; h++) {
            total += byHour[h];
            part += h >= from && h <= to ? byHour[h] : 0;
        }
        return part / total;
    }
}
