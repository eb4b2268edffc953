package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.event.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityAnalyticsTest extends AnalyticsFixture {

    @Test
    void overviewCountsTheRangeAndActiveUsersEndingAtTo() {
        Overview o = analytics.activity().overview(WEEK);
        assertThat(o.range()).isEqualTo(new Range(FROM, TO));
        assertThat(List.of(o.events(), o.listeners(), o.plays(), o.dau(), o.wau(), o.mau()))
                .containsExactly(8L, 3L, 4L, 0L, 3L, 4L);
        assertThat(o.minutesListened()).isCloseTo(640_000 / 60_000.0, within(1e-9));
        assertThat(List.of(o.skipRate(), o.likeRate(), o.shareRate())).containsExactly(0.5, 0.25, 0.25);
        assertThat(o.meanEngagement()).isCloseTo(0.5, within(1e-9));
        assertThat(o.minutesPerListener()).isCloseTo(640_000 / 60_000.0 / 3, within(1e-9));
    }

    @Test
    void overviewFiltersByPlatformAndCountry() {
        Overview spotify = analytics.activity().overview(new AnalyticsFilter(FROM, TO, Platform.SPOTIFY, null));
        assertThat(List.of(spotify.events(), spotify.listeners(), spotify.mau())).containsExactly(5L, 2L, 3L);
        Overview germany = analytics.activity().overview(new AnalyticsFilter(FROM, TO, null, "DE"));
        assertThat(List.of(germany.events(), germany.listeners(), germany.plays())).containsExactly(3L, 1L, 1L);
    }

    @Test
    void overviewOfAnEmptyRangeHasZeroRatesNotNaN() {
        Overview o = analytics.activity().overview(WEEK.withRange(TO.plusSeconds(86_400), TO.plusSeconds(2 * 86_400)));
        assertThat(o.events()).isZero();
        assertThat(o.skipRate()).isZero();
        assertThat(o.meanEngagement()).isNull();
    }

    @Test
    void eventMixCountsEachTypePerDayBucket() {
        EventMix mix = analytics.activity().eventMix(WEEK, Bucket.DAY);
        assertThat(mix.bucket()).isEqualTo("day");
        assertThat(mix.times()).hasSize(7).first().isEqualTo(FROM);
        assertThat(mix.series()).containsExactly(
                new EventMix.Series("like", List.of(0L, 0L, 1L, 0L, 0L, 0L, 0L)),
                new EventMix.Series("play", List.of(0L, 3L, 0L, 1L, 0L, 0L, 0L)),
                new EventMix.Series("share", List.of(0L, 0L, 0L, 0L, 1L, 0L, 0L)),
                new EventMix.Series("skip", List.of(0L, 1L, 0L, 1L, 0L, 0L, 0L)));
    }

    @Test
    void eventMixPicksHoursForAWeek() {
        EventMix mix = analytics.activity().eventMix(WEEK, Bucket.AUTO);
        assertThat(mix.bucket()).isEqualTo("hour");
        assertThat(mix.times()).hasSize(7 * 24);
    }

    @Test
    void heatmapUsesLocalTimeAndLeavesOutEventsWithoutAZone() {
        Heatmap h = analytics.activity().heatmap(WEEK);
        assertThat(h.cells()).hasSize(7 * 24);
        assertThat(h.cells().stream().filter(c -> c.listens() > 0))
                .containsExactly(new Heatmap.Cell(2, 4, 2), new Heatmap.Cell(2, 14, 1));
    }

    @Test
    void skipCurvePutsEachSkipInItsTenthOfTheTrack() {
        SkipCurve curve = analytics.activity().skipCurve(WEEK);
        assertThat(curve.buckets()).hasSize(10);
        assertThat(curve.buckets().get(1)).isEqualTo(new SkipCurve.Bucket(10, 20, 1, 0.5));
        assertThat(curve.buckets().get(9)).isEqualTo(new SkipCurve.Bucket(90, 100, 1, 0.5));
        assertThat(curve.buckets().stream().mapToLong(SkipCurve.Bucket::skips).sum()).isEqualTo(2);
    }
}
