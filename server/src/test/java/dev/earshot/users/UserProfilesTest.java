package dev.earshot.users;

import static dev.earshot.users.UserFixture.DAY;
import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.store.StoredEvent;
import dev.earshot.testkit.Listen;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserProfilesTest {
    @TempDir
    Path dir;

    /**
     * User u in {@link UserFixture#DAY}: four plays (two of Queen's track-a, two of Abba's tracks b and c, the
     * last without a genre), a skip, and one play a month earlier. Berlin, so local hours are UTC + 1.
     */
    static List<Listen> fixture() {
        Listen p = Listen.play("p1", "u", T0);
        return List.of(p,
                p.id("p2").at(T0.plus(Duration.ofHours(1))).ms(120_000),
                p.id("p3").at(T0.plus(Duration.ofHours(2))).track("track-b", "Abba").ms(60_000).genre("pop")
                        .mood(Mood.CALM).context(ListeningContext.RELAX),
                p.id("p4").at(T0.plus(Duration.ofMinutes(150))).track("track-c", "Abba").ms(240_000).genre(null)
                        .mood(Mood.CALM).context(ListeningContext.RELAX),
                p.id("s1").at(T0.plus(Duration.ofHours(3))).type(EventType.SKIP).track("track-b", "Abba").ms(10_000),
                p.id("old").at(T0.minus(Duration.ofDays(30))),
                p.id("x1").user("someone-else").at(T0.plus(Duration.ofHours(1))));
    }

    @Test
    void countsPlaysAndMinutesOfEveryEventInTheRange() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            UserProfile p = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow();
            assertThat(p.plays()).isEqualTo(4);
            assertThat(p.minutes()).isCloseTo(610_000 / 60_000.0, within(1e-9));
            assertThat(p.firstSeen()).isEqualTo(T0.minus(Duration.ofDays(30)));
            assertThat(p.lastSeen()).isEqualTo(T0.plus(Duration.ofHours(3)));
        }
    }

    @Test
    void sharesAreOfTheListensWhereTheInsightIsKnown() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            UserProfile p = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow();
            assertThat(p.topGenres()).containsExactly(new NamedCount("rock", 2, 2 / 3.0), new NamedCount("pop", 1, 1 / 3.0));
            assertThat(p.topMoods()).containsExactly(new NamedCount("calm", 2, 0.5), new NamedCount("energetic", 2, 0.5));
            assertThat(p.topContexts()).containsExactly(new NamedCount("relax", 2, 0.5), new NamedCount("workout", 2, 0.5));
        }
    }

    @Test
    void ranksArtistsByPlaysThenMinutesOfAllTheirEvents() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            List<ArtistPlays> artists = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().topArtists();
            assertThat(artists).hasSize(2);
            assertThat(artists.get(0).artist()).isEqualTo("Abba");
            assertThat(artists.get(0).plays()).isEqualTo(2);
            assertThat(artists.get(0).minutes()).isCloseTo(310_000 / 60_000.0, within(1e-9));
            assertThat(artists.get(1)).isEqualTo(new ArtistPlays("Queen", 2, 5.0));
        }
    }

    @Test
    void clockCountsPlaysByTheListenersLocalHour() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            List<HourListens> clock = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().clock();
            assertThat(clock).hasSize(24);
            assertThat(clock.stream().filter(h -> h.listens() > 0))
                    .containsExactly(new HourListens(13, 1), new HourListens(14, 1), new HourListens(15, 2));
        }
    }

    @Test
    void recentEventsAreTheRangesNewestFirst() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            List<StoredEvent> recent = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().recentEvents();
            assertThat(recent).extracting(e -> e.event().eventId()).containsExactly("s1", "p4", "p3", "p2", "p1");
        }
    }

    @Test
    void keepsOnlyTheNewestTwentyRecentEvents() {
        List<Listen> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(Listen.play("e" + i, "u", T0.plusSeconds(i)));
        }
        try (UserFixture f = UserFixture.of(dir, many)) {
            List<StoredEvent> recent = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().recentEvents();
            assertThat(recent).hasSize(UserProfiles.RECENT);
            assertThat(recent.get(0).event().eventId()).isEqualTo("e24");
            assertThat(recent.get(19).event().eventId()).isEqualTo("e5");
        }
    }

    @Test
    void belongsToThePresetsWithEnoughMatchingListens() {
        Listen workout = Listen.play("w1", "fit", T0).track("track-z", "Zappa");
        List<Listen> listens = new ArrayList<>(List.of(workout, workout.id("w2").at(T0.plusSeconds(60)),
                workout.id("w3").at(T0.plusSeconds(120))));
        // Queen is the day's top artist by plays (four), so "fit" is not a fan; "u" has two workout plays only.
        for (int i = 0; i < 4; i++) {
            listens.add(Listen.play("q" + i, "u", T0.plusSeconds(i)).context(ListeningContext.RELAX));
        }
        try (UserFixture f = UserFixture.of(dir, listens)) {
            assertThat(f.profiles.profile("fit", AnalyticsFilter.of(DAY)).orElseThrow().segments())
                    .extracting(SegmentRef::id).containsExactly("energetic-rock", "workout");
            assertThat(f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().segments())
                    .extracting(SegmentRef::id).containsExactly("energetic-rock", "top-artist-fans");
        }
    }

    @Test
    void isEmptyForAUserWithNoEvents() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.profiles.profile("nobody", AnalyticsFilter.of(DAY))).isEmpty();
        }
    }

    @Test
    void isPresentButEmptyForAUserWithEventsOnlyOutsideTheRange() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            UserProfile p = f.profiles.profile("u", AnalyticsFilter.of(new dev.earshot.analytics.Range(
                    T0.plus(Duration.ofDays(5)), T0.plus(Duration.ofDays(6))))).orElseThrow();
            assertThat(p.plays()).isZero();
            assertThat(p.topGenres()).isEmpty();
            assertThat(p.recentEvents()).isEmpty();
            assertThat(p.segments()).isEmpty();
        }
    }

    @Test
    void countsOnlyTheEventsOnThePlatformAndFromTheCountryAsked() {
        Listen sf = Listen.play("sf", "u", T0.plus(Duration.ofHours(4))).location(Listen.SAN_FRANCISCO);
        List<Listen> listens = new ArrayList<>(fixture());
        listens.add(sf.platform(Platform.TIDAL).id("sf-tidal-1"));
        listens.add(sf.platform(Platform.TIDAL).id("sf-tidal-2").at(T0.plus(Duration.ofHours(5))));
        listens.add(sf.id("sf-spotify").at(T0.plus(Duration.ofHours(6))));
        try (UserFixture f = UserFixture.of(dir, listens)) {
            UserProfile tidal = f.profiles.profile("u", new AnalyticsFilter(DAY, Platform.TIDAL, null)).orElseThrow();
            assertThat(tidal.plays()).isEqualTo(2);
            assertThat(tidal.recentEvents()).extracting(e -> e.event().eventId()).containsExactly("sf-tidal-2", "sf-tidal-1");
            UserProfile us = f.profiles.profile("u", new AnalyticsFilter(DAY, null, "us")).orElseThrow();
            assertThat(us.plays()).isEqualTo(3);
            assertThat(us.firstSeen()).isEqualTo(T0.plus(Duration.ofHours(4)));
            assertThat(us.recentEvents()).extracting(e -> e.event().eventId())
                    .containsExactly("sf-spotify", "sf-tidal-2", "sf-tidal-1");
            assertThat(f.profiles.profile("u", new AnalyticsFilter(DAY, Platform.SPOTIFY, "US")).orElseThrow().plays()).isEqualTo(1);
            UserProfile none = f.profiles.profile("u", new AnalyticsFilter(DAY, Platform.DEEZER, null)).orElseThrow();
            assertThat(none.plays()).isZero();
            assertThat(none.firstSeen()).isNull();
            assertThat(f.profiles.profile("nobody", new AnalyticsFilter(DAY, Platform.DEEZER, null))).isEmpty();
        }
    }
}
