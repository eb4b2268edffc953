package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Artist growth on volumes large enough to matter. Previous week → this week, in plays: Artist a 40 → 80,
 * Artist b 30 → 45, Artist c 2 → 20 (too small a base to call its growth a trend), Artist d 0 → 12 from 6
 * listeners (new), Artist e 0 → 4 from 4 listeners (too few listeners), Artist f 100 → 100 (flat).
 */
class ArtistTrendsTest extends AnalyticsFixture {

    @Override
    List<StoredEvent> events() {
        List<StoredEvent> out = new ArrayList<>();
        plays(out, "a1", 40, 80, 20);
        plays(out, "b1", 30, 45, 20);
        plays(out, "c1", 2, 20, 10);
        plays(out, "d1", 0, 12, 6);
        plays(out, "e1", 0, 4, 4);
        plays(out, "f1", 100, 100, 30);
        return out;
    }

    /** {@code before} plays in the previous week and {@code now} in this one, spread over {@code listeners} users. */
    private static void plays(List<StoredEvent> out, String track, int before, int now, int listeners) {
        for (int i = 0; i < before + now; i++) {
            Instant at = (i < before ? FROM.minusSeconds(3 * 86_400) : FROM.plusSeconds(86_400)).plusSeconds(i);
            out.add(Listens.of(track + "-" + i, track + "-user" + (i % listeners), track, at.toString()).build());
        }
    }

    @Test
    void trendingRanksGrowthAmongArtistsWithEnoughPreviousPlays() {
        TrendingArtists t = analytics.artists().trending(WEEK, 10);
        assertThat(t.items()).containsExactly(new TrendingArtists.Item("Artist a", 80, 40, 1.0, 20),
                new TrendingArtists.Item("Artist b", 45, 30, 0.5, 20));
    }

    @Test
    void emergingAreSmallBeforeWithEnoughListenersNow() {
        EmergingArtists e = analytics.artists().emerging(WEEK, 10);
        assertThat(e.items()).hasSize(1);
        EmergingArtists.Item d = e.items().get(0);
        assertThat(d.artist()).isEqualTo("Artist d");
        assertThat(d.firstSeen()).isEqualTo(FROM.plusSeconds(86_400));
        assertThat(List.of(d.plays(), d.previousPlays(), d.listeners())).containsExactly(12L, 0L, 6L);
        assertThat(d.growth()).isCloseTo(12 / (double) ArtistTrends.DAMPING, within(1e-9));
    }
}
