package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceAnalyticsTest extends AnalyticsFixture {

    @Test
    void platformsSplitEventsListenersAndMinutes() {
        Platforms p = analytics.audience().platforms(WEEK);
        assertThat(p.items()).extracting(Platforms.Item::platform).containsExactly("spotify", "apple_music");
        assertThat(p.items().get(0).events()).isEqualTo(5);
        assertThat(p.items().get(0).listeners()).isEqualTo(2);
        assertThat(p.items().get(0).minutes()).isCloseTo(550 / 60.0, within(1e-9));
        assertThat(p.items().get(0).share()).isEqualTo(5 / 8.0);
        assertThat(p.items().get(1)).isEqualTo(new Platforms.Item("apple_music", 3, 1, 1.5, 3 / 8.0));
    }

    @Test
    void locationsByCountryOrCityLeaveOutUnknownCountries() {
        assertThat(analytics.audience().locations(WEEK, LocationLevel.COUNTRY, 50).items()).containsExactly(
                new Locations.Item("DE", null, 3, 1, 1.5), new Locations.Item("US", null, 3, 1, 3.0));
        assertThat(analytics.audience().locations(WEEK, LocationLevel.CITY, 1).items()).containsExactly(
                new Locations.Item("DE", "Berlin", 3, 1, 1.5));
    }

    @Test
    void retentionFollowsEachWeeksNewListeners() {
        Retention r = analytics.retention().cohorts(WEEK, 3);
        assertThat(r.cohorts()).containsExactly(
                new Retention.Cohort(Instant.parse("2024-01-08T00:00:00Z"), 2, List.of(1.0, 0.5)),
                new Retention.Cohort(FROM, 2, List.of(1.0)));
    }

    @Test
    void highValueUsersScoreEngagementVolumeAndRegularity() {
        HighValueUsers users = analytics.audience().highValueUsers(WEEK, 20);
        double maxVolume = Math.log(1 + 370 / 60.0);
        double u1 = 0.5 * 0.7 + 0.3 * Math.log(1 + 3.0) / maxVolume + 0.2 * 2 / 7;
        double u3 = 0.5 * 0.2 + 0.3 + 0.2 * 1 / 7;
        double u2 = 0.5 * 0.4 + 0.3 * Math.log(1 + 1.5) / maxVolume + 0.2 * 2 / 7;
        assertThat(users.items()).extracting(HighValueUsers.Item::userId).containsExactly("u1", "u3", "u2");
        assertThat(users.items().get(0).score()).isCloseTo(u1, within(1e-9));
        assertThat(users.items().get(1).score()).isCloseTo(u3, within(1e-9));
        assertThat(users.items().get(2).score()).isCloseTo(u2, within(1e-9));
        assertThat(users.items().get(0)).satisfies(u -> {
            assertThat(u.plays()).isEqualTo(2);
            assertThat(u.activeDays()).isEqualTo(2);
            assertThat(u.meanEngagement()).isCloseTo(0.7, within(1e-9));
        });
    }
}
