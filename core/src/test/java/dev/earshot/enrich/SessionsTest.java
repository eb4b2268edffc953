package dev.earshot.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Device;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private static final Instant T0 = Instant.parse("2025-03-04T07:30:00Z");

    static ListenEvent event(String user, String session, Instant at) {
        return new ListenEvent("e", EventType.PLAY, user, "t1", at, null, Platform.SPOTIFY,
                Location.fromText("London, UK"), session, null, null, null, Device.MOBILE, null, null);
    }

    @Test
    void eventsOfOneSessionShareItsState() {
        Sessions sessions = new Sessions(10);
        SessionState first = sessions.of(event("u1", "s1", T0));

        assertThat(sessions.of(event("u1", "s1", T0.plusSeconds(600)))).isSameAs(first);
        assertThat(sessions.of(event("u1", "s2", T0.plusSeconds(600)))).isNotSameAs(first);
    }

    @Test
    void localTimeIsTheSessionStartInTheLocationsZone() {
        SessionState s = new Sessions(10).of(event("u1", "s1", Instant.parse("2025-07-04T07:30:00Z")));

        assertThat(s.localHour()).isEqualTo(8);
        assertThat(s.zoneKnown()).isTrue();
    }

    @Test
    void eventsWithoutSessionIdAreGroupedByUserUntilAThirtyMinuteGap() {
        Sessions sessions = new Sessions(10);
        SessionState first = sessions.of(event("u1", null, T0));

        assertThat(sessions.of(event("u1", null, T0.plusSeconds(29 * 60)))).isSameAs(first);
        assertThat(sessions.of(event("u1", null, T0.plusSeconds(29 * 60 + 31 * 60)))).isNotSameAs(first);
    }

    @Test
    void keepsOnlyTheMostRecentlyActiveSessions() {
        Sessions sessions = new Sessions(2);
        sessions.of(event("u1", "s1", T0));
        sessions.of(event("u2", "s2", T0));
        sessions.of(event("u3", "s3", T0));

        assertThat(sessions.size()).isEqualTo(2);
    }

    @Test
    void aListenersDevicesAreRememberedAcrossSessions() {
        Sessions sessions = new Sessions(10);
        sessions.of(event("u1", "s1", T0));
        SessionState later = sessions.of(event("u1", "s2", T0.plusSeconds(86_400)));

        assertThat(later.listener().hasUsed(Device.MOBILE)).isTrue();
        assertThat(later.listener().hasUsed(Device.CAR)).isFalse();
    }

    @Test
    void sessionTraitsAreMeasuredAgainstTheListenersUsual() {
        SessionState s = new Sessions(10).of(event("u1", "s1", T0));
        s.listener().add(new double[] {0.2, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
        s.trackStarted(new double[] {0.8, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN});

        // listener's usual: (0.2 + 0.8) / 2 = 0.5; the session's: 0.8
        assertThat(s.aboveUsual(TrackTraits.ENERGY)).isEqualTo(0.8 - 0.5);
        assertThat(s.aboveUsual(TrackTraits.DANCE)).isNaN();
        assertThat(s.tracks()).isEqualTo(1);
    }
}
