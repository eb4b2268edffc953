package dev.earshot.users;

import static dev.earshot.users.UserFixture.DAY;
import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.event.Platform;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserWrappedTest {
    @TempDir
    Path dir;

    /** {@link UserProfilesTest#fixture()} with two more listeners in the day: one below u's minutes, one above. */
    static List<Listen> fixture() {
        List<Listen> all = new ArrayList<>(UserProfilesTest.fixture());
        all.add(Listen.play("few", "light", T0).ms(60_000));
        all.add(Listen.play("lots", "heavy", T0).ms(6_000_000));
        return all;
    }

    @Test
    void minutesCountEveryEventInTheRange() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow().minutes()).isCloseTo(610_000 / 60_000.0, within(1e-9));
        }
    }

    @Test
    void topTrackAndTopArtistAreByMinutes() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            Wrapped w = f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow();
            // track-a: 3 + 2 minutes; Abba: 1 + 4 + 1/6 (the skip) minutes over two tracks, ahead of Queen.
            assertThat(w.topTrack()).isEqualTo(new Wrapped.TopTrack("track-a", "Title of track-a", "Queen", 5.0));
            assertThat(w.topArtist().artist()).isEqualTo("Abba");
            assertThat(w.topArtist().minutes()).isCloseTo(310_000 / 60_000.0, within(1e-9));
        }
    }

    @Test
    void namesTheTopGenresAndTheTwoTopMoods() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            Wrapped w = f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow();
            assertThat(w.topGenres()).extracting(NamedCount::name).containsExactly("rock", "pop");
            assertThat(w.topMoods()).containsExactly(new NamedCount("calm", 2, 0.5), new NamedCount("energetic", 2, 0.5));
        }
    }

    @Test
    void discoveriesAreTracksFirstPlayedInTheRange() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            // track-a was first played a month before; b and c are new.
            assertThat(f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow().discoveries()).isEqualTo(2);
        }
    }

    @Test
    void percentileIsTheShareOfOtherListenersWithFewerMinutes() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            // Others in the day: someone-else (3), light (1), heavy (100 minutes); u has 10⅙.
            assertThat(f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow().percentile()).isCloseTo(200.0 / 3, within(1e-9));
            assertThat(f.wrapped.wrapped("heavy", AnalyticsFilter.of(DAY)).orElseThrow().percentile()).isEqualTo(100.0);
            assertThat(f.wrapped.wrapped("light", AnalyticsFilter.of(DAY)).orElseThrow().percentile()).isEqualTo(0.0);
        }
    }

    @Test
    void isEmptyForAUserWithNoEvents() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.wrapped.wrapped("nobody", AnalyticsFilter.of(DAY))).isEmpty();
        }
    }

    @Test
    void comparesWithOtherListenersUnderTheSameFilters() {
        Listen tidal = Listen.play("t", "x", T0).platform(Platform.TIDAL);
        List<Listen> listens = List.of(tidal.id("u-tidal").user("u").ms(180_000), Listen.play("u-spotify", "u", T0).ms(60_000),
                tidal.id("v-tidal").user("v").ms(60_000), Listen.play("v-spotify", "v", T0).ms(1_800_000));
        try (UserFixture f = UserFixture.of(dir, listens)) {
            assertThat(f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow().percentile()).isEqualTo(0.0);
            Wrapped onTidal = f.wrapped.wrapped("u", new AnalyticsFilter(DAY, Platform.TIDAL, null)).orElseThrow();
            assertThat(onTidal.minutes()).isEqualTo(3.0);
            assertThat(onTidal.percentile()).isEqualTo(100.0);
        }
    }
}
