package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.Device;
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

        // workout 0.2, commute 0.08, focus 3, party 0.05, relax 0.5, sleep 0.02: 3 / 3.85
        assertThat(r.context()).isEqualTo(ListeningContext.FOCUS);
        assertThat(r.confidence()).isCloseTo(3 / 3.85, within(1e-9));
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
        // sleep lasts 4..10 tracks: 8 or more in 3 of 7 cases; past 10 only rarely
        assertThat(ListeningContextModel.lengthWeight(5, 8)).isCloseTo(3 / 7.0, within(1e-9));
        assertThat(ListeningContextModel.lengthWeight(5, 1)).isEqualTo(1);
        assertThat(ListeningContextModel.lengthWeight(5, 11)).isEqualTo(0.02);
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
        // Monday 22 h, 20 tracks, on the TV of someone with a TV and a desktop: relax and sleep 0.02 each
        // out of 0.0779 in all (see the weights in ListeningContextModel), a share of 0.257 < 0.3
        ListeningContextInsight r = model.infer(session(TUESDAY.minusDays(1).withHour(22), 20, Device.TV, Device.DESKTOP),
                Device.TV);

        assertThat(r.context()).isEqualTo(ListeningContext.OTHER);
        assertThat(r.confidence()).isCloseTo(0.2568, within(1e-3));
    }

    @Test
    void unknownZoneReadsUtcWithHalfTheConfidence() {
        ListenerBaseline listener = new ListenerBaseline();
        SessionState utc = new SessionState(TUESDAY.withHour(11).toInstant(ZoneOffset.UTC), null, listener);

        ListeningContextInsight r = model.infer(utc, null);

        assertThat(r.context()).isEqualTo(ListeningContext.FOCUS);
        assertThat(r.confidence()).isCloseTo(3 / 3.85 / 2, within(1e-9));
    }

    @Test
    void weekendIsNotAWeekday() {
        assertThat(model.infer(session(SATURDAY.withHour(15), 1), null).weekday()).isFalse();
    }
}
