package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasteAnalyticsTest extends AnalyticsFixture {

    @Test
    void moodsShareThePlaysAndGroupByLocalHour() {
        Moods moods = analytics.taste().moods(WEEK);
        assertThat(moods.distribution()).containsExactly(new Moods.Share("calm", 2, 0.5),
                new Moods.Share("energetic", 2, 0.5));
        // c6 (calm) is in Atlantis, whose zone is unknown: it counts in the distribution, not by hour.
        assertThat(moods.byHour()).containsExactly(new Moods.HourMood(4, "energetic", 2), new Moods.HourMood(14, "calm", 1));
    }

    @Test
    void moodsFollowThePlatformFilter() {
        Moods moods = analytics.taste().moods(new AnalyticsFilter(FROM, TO, Platform.APPLE_MUSIC, null));
        assertThat(moods.distribution()).containsExactly(new Moods.Share("calm", 1, 1.0));
    }

    @Test
    void genresGiveEachBucketsShares() {
        Genres genres = analytics.taste().genres(WEEK, Bucket.DAY);
        assertThat(genres.distribution()).containsExactly(new Genres.Share("jazz", 2, 0.5), new Genres.Share("rock", 2, 0.5));
        assertThat(genres.times()).hasSize(7);
        List<Double> jazz = genres.series().get(0).shares();
        List<Double> rock = genres.series().get(1).shares();
        assertThat(genres.series().get(0).genre()).isEqualTo("jazz");
        assertThat(jazz.get(1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(rock.get(1)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(jazz.get(3)).isEqualTo(1.0);
        assertThat(rock.get(3)).isEqualTo(0.0);
    }
}
