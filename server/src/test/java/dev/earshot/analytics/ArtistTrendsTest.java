package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.store.StoredEvent;
import dev.earshot.support.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Artist growth judged on listeners. Previous week → this week, in listeners (one play each unless said):
 * Artist a 10 → 20, Artist b 8 → 12, Artist c 2 → 10 (too small a base to call its growth a trend), Artist d
 * 0 → 6 (new), Artist e 0 → 4 (too few listeners), Artist f 30 → 30 (flat), Artist g 6 → 6 listeners whose
 * plays went 12 → 120 (a binge: plays grew, listeners did not). History begins with the previous week.
 */
class ArtistTrendsTest extends AnalyticsFixture {

    @Override
    List<StoredEvent> events() {
        List<StoredEvent> out = new ArrayList<>();
        listeners(out, "a1", 10, 20, 1);
        listeners(out, "b1", 8, 12, 1);
        listeners(out, "c1", 2, 10, 1);
        listeners(out, "d1", 0, 6, 1);
        listeners(out, "e1", 0, 4, 1);
        listeners(out, "f1", 30, 30, 1);
        listeners(out, "g1", 6, 6, 2);
        for (int i = 0; i < 108; i++) {
            out.add(Stored.of(of("g1-binge-" + i, "g1-now" + (6 + i % 6), "g1", FROM.plusSeconds(2 * 86_400 + i).toString())));
        }
        // The first stored event: history reaches back to the start of the previous week.
        out.add(Stored.of(of("first", "early", "z1", FROM.minusSeconds(7 * 86_400 - 60).toString())));
        return out;
    }

    /** {@code before} listeners in the previous week and {@code now} in this one, {@code plays} plays each. */
    private static void listeners(List<StoredEvent> out, String track, int before, int now, int plays) {
        for (int u = 0; u < before + now; u++) {
            boolean earlier = u < before;
            for (int k = 0; k < plays; k++) {
                Instant at = (earlier ? FROM.minusSeconds(3 * 86_400) : FROM.plusSeconds(86_400)).plusSeconds(60L * u + k);
                String user = track + (earlier ? "-then" : "-now") + u;
                out.add(Stored.of(of(track + "-" + u + "-" + k, user, track, at.toString())));
            }
        }
    }

    /** The rollups answer the same lists (non-empty here) at any watermark, the first play within a day included. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-01-12T00:00:30Z", "2024-01-16T00:03:00Z", "2030-01-01T00:00:00Z"})
    void rolledUpTrendsEqualTheRawOnes(String watermark) {
        new Rollups(warehouse).ensure().refresh(Instant.parse(watermark));
        Analytics rolled = Analytics.withRollups(warehouse);
        for (AnalyticsFilter f : List.of(WEEK, new AnalyticsFilter(FROM.plusSeconds(1800), TO.minusSeconds(3600), null, null))) {
            assertThat(rolled.artists().trending(f, 10)).isEqualTo(analytics.artists().trending(f, 10));
            assertThat(rolled.artists().emerging(f, 10)).isEqualTo(analytics.artists().emerging(f, 10));
        }
        assertThat(rolled.artists().emerging(WEEK, 10).items()).isNotEmpty();
        assertThat(rolled.artists().trending(WEEK, 10).items()).isNotEmpty();
    }

    @Test
    void trendingRanksGrowthInListenersAmongArtistsWithEnoughListenersBefore() {
        TrendingArtists t = analytics.artists().trending(WEEK, 10);
        assertThat(t.items()).extracting(TrendingArtists.Item::artist).containsExactly("Artist a", "Artist b");
        assertThat(t.items().get(0)).isEqualTo(new TrendingArtists.Item("Artist a", 20, 10, 1.0, 20, 10));
        assertThat(t.rule().historyCoversPrevious()).isTrue();
        assertThat(t.rule().text()).contains("listeners").contains(String.valueOf(ArtistTrends.MIN_PREVIOUS_LISTENERS));
    }

    @Test
    void emergingAreSmallBeforeWithEnoughListenersNow() {
        EmergingArtists e = analytics.artists().emerging(WEEK, 10);
        assertThat(e.items()).extracting(EmergingArtists.Item::artist).containsExactly("Artist d");
        EmergingArtists.Item d = e.items().get(0);
        assertThat(d.firstSeen()).isEqualTo(FROM.plusSeconds(86_400));
        assertThat(List.of(d.plays(), d.previousPlays(), d.listeners(), d.previousListeners())).containsExactly(6L, 0L, 6L, 0L);
        assertThat(d.growth()).isCloseTo(6 / (double) ArtistTrends.DAMPING, within(1e-9));
        // Artist g's plays grew tenfold from the same six listeners: a binge, not an emerging artist.
        assertThat(e.items()).extracting(EmergingArtists.Item::artist).doesNotContain("Artist g");
    }

    @Test
    void noGrowthIsClaimedAgainstAPeriodTheHistoryDoesNotCover() {
        // Thirty days back, the previous period starts weeks before the first stored event.
        AnalyticsFilter month = new AnalyticsFilter(TO.minusSeconds(30 * 86_400L), TO, null, null);
        TrendingArtists t = analytics.artists().trending(month, 10);
        EmergingArtists e = analytics.artists().emerging(month, 10);
        assertThat(t.items()).isEmpty();
        assertThat(e.items()).isEmpty();
        assertThat(t.rule().historyCoversPrevious()).isFalse();
        assertThat(t.rule().historyFrom()).isEqualTo(FROM.minusSeconds(7 * 86_400 - 60));
        assertThat(e.rule().previousFrom()).isEqualTo(TO.minusSeconds(60 * 86_400L));
    }
}
