package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.Device;
import dev.earshot.vocab.ListeningContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ListeningContextModelTest {
    /** A Tuesday and a Saturday, local time. */
    private static final LocalDateTime TUESDAY = LocalDateTime.of(2025, 3, 4, 0, 0);
    private static final LocalDateTime SATURDAY = LocalDateTime.of(2025, 3, 8, 0, 0);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ListeningContextModel model = new ListeningContextModel();

    private static SessionState session(LocalDateTime localStart, int tracks, Device... owned) {
        ListenerBaseline listener = new ListenerBaseline();
        for (Device d : owned) {
            listener.used(d);
        }
        SessionState s = new SessionState(localStart.atZone(BERLIN).toInstant(), BERLIN, listener);
        for (int i = 0; i < tracks; i++) {
            s.trackStarted(TrackTraits.UNKNOWN);
        }
        return s;
    }

    private ListeningContext context(LocalDateTime localStart, int tracks, Device device, Device... owned) {
        return model.infer(session(localStart, tracks, owned), device).context();
    }

    @Test
    void weekdayOfficeHoursAreFocusWithTheWinnersShareAsConfidence() {
        ListeningContextInsight r = model.infer(session(TUESDAY.withHour(11), 1), null);

        // one track of unknown music and no device: only the hour speaks, so confidence is focus's share of it
        assertThat(r.context()).isEqualTo(ListeningContext.FOCUS);
        assertThat(r.confidence()).isCloseTo(focusShareAt(11, TUESDAY.getDayOfWeek()), within(1e-9))
                .isGreaterThan(0.6);
        assertThat(r.timeOfDay()).isEqualTo(TimeOfDay.MORNING);
        assertThat(r.weekday()).isTrue();
        assertThat(r.source()).isEqualTo(Source.RULES);
    }

    @Test
    void weekdayRushHourInTheCarIsACommute() {
        assertThat(context(TUESDAY.withHour(8), 1, Device.CAR, Device.CAR, Device.MOBILE))
                .isEqualTo(ListeningContext.COMMUTE);
    }

    @Test
    void notUsingTheCarTheyOwnAtRushHourSpeaksAgainstACommute() {
        ListeningContextInsight inCar = model.infer(session(TUESDAY.withHour(18), 1, Device.CAR, Device.MOBILE), Device.CAR);
        ListeningContextInsight onPhone = model.infer(session(TUESDAY.withHour(18), 1, Device.CAR, Device.MOBILE), Device.MOBILE);

        assertThat(inCar.context()).isEqualTo(ListeningContext.COMMUTE);
        assertThat(onPhone.context()).isEqualTo(ListeningContext.WORKOUT);
    }

    @Test
    void saturdayNightOnTheTvIsAParty() {
        assertThat(context(SATURDAY.withHour(23), 1, Device.TV, Device.TV, Device.MOBILE))
                .isEqualTo(ListeningContext.PARTY);
    }

    @Test
    void weekdayAfterMidnightIsSleep() {
        ListeningContextInsight r = model.infer(session(TUESDAY.withHour(0), 1), Device.SMART_SPEAKER);

        assertThat(r.context()).isEqualTo(ListeningContext.SLEEP);
        assertThat(r.timeOfDay()).isEqualTo(TimeOfDay.NIGHT);
    }

    @Test
    void aLongSessionIsNoLongerSleep() {
        assertThat(context(TUESDAY.withHour(0), 16, null)).isNotEqualTo(ListeningContext.SLEEP);
    }

    @Test
    void sessionLengthIsTheChanceOfLastingThatLong() {
        // sleep lasts 3..12 tracks: 8 or more in 5 of 10 cases; past 12 only rarely
        assertThat(ListeningContextModel.lengthWeight(5, 8)).isCloseTo(5 / 10.0, within(1e-9));
        assertThat(ListeningContextModel.lengthWeight(5, 1)).isEqualTo(1);
        assertThat(ListeningContextModel.lengthWeight(5, 13)).isEqualTo(0.02);
    }

    @Test
    void energeticSessionAboveTheListenersUsualLeansToWorkout() {
        SessionState s = session(TUESDAY.withHour(19), 0);
        double[] calm = {0.3, 0.5, 0.1, 0.5, 0.5, 0.5};
        double[] loud = {0.95, 0.5, 0.1, 0.5, 0.5, 0.7};
        for (int i = 0; i < 20; i++) {
            s.listener().add(calm);
        }
        for (int i = 0; i < 6; i++) {
            s.trackStarted(loud);
        }

        assertThat(model.infer(s, null).context()).isEqualTo(ListeningContext.WORKOUT);
    }

    @Test
    void noClearlyLikelyContextIsOther() {
        // Monday 22 h, 20 tracks (longer than sleep or a commute), on the TV (a party device, on a weekday) of
        // someone with a TV and a desktop: the clues disagree and no context wins a clear share
        ListeningContextInsight r = model.infer(session(TUESDAY.minusDays(1).withHour(22), 20, Device.TV, Device.DESKTOP),
                Device.TV);

        assertThat(r.context()).isEqualTo(ListeningContext.OTHER);
        assertThat(r.confidence()).isLessThan(ListeningContextModel.MIN_SHARE);
    }

    @Test
    void unknownZoneReadsUtcWithHalfTheConfidence() {
        ListenerBaseline listener = new ListenerBaseline();
        SessionState utc = new SessionState(TUESDAY.withHour(11).toInstant(ZoneOffset.UTC), null, listener);

        ListeningContextInsight r = model.infer(utc, null);

        assertThat(r.context()).isEqualTo(ListeningContext.FOCUS);
        assertThat(r.confidence()).isCloseTo(focusShareAt(11, TUESDAY.getDayOfWeek()) / 2, within(1e-9));
    }

    @Test
    void weekendIsNotAWeekday() {
        assertThat(model.infer(session(SATURDAY.withHour(15), 1), null).weekday()).isFalse();
    }

    /** Focus's share of the time weights of every context at this hour and day. */
    private static double focusShareAt(int hour, java.time.DayOfWeek day) {
        double total = 0;
        for (ListeningContext c : ListeningContext.values()) {
            total += ListeningContextModel.timeWeight(c, hour, day);
        }
        return ListeningContextModel.timeWeight(ListeningContext.FOCUS, hour, day) / total;
    }
}
