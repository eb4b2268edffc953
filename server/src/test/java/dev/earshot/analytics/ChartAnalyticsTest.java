package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChartAnalyticsTest extends AnalyticsFixture {

    @Test
    void topTracksByPlaysRankTiesByIdAndCompareWithThePreviousWeek() {
        TopTracks top = analytics.charts().topTracks(WEEK, ChartMetric.PLAYS, 10);
        assertThat(top.by()).isEqualTo("plays");
        assertThat(top.items()).containsExactly(
                new TopTracks.Item(1, "t1", "One", "Alpha", 2, 3.5, 2, 100.0),
                new TopTracks.Item(2, "t2", "Two", "Beta", 2, 4.0, 1, 0.0));
    }

    @Test
    void topTracksByMinutesIncludeTracksOnlySkippedAndHonourTheLimit() {
        TopTracks top = analytics.charts().topTracks(WEEK, ChartMetric.MINUTES, 3);
        assertThat(top.items()).extracting(TopTracks.Item::trackId).containsExactly("t2", "t1", "t3");
        assertThat(top.items().get(1).changePct()).isCloseTo(250.0, within(1e-9));
        assertThat(top.items().get(2).previousRank()).isNull();
        assertThat(top.items().get(2).changePct()).isNull();
        assertThat(analytics.charts().topTracks(WEEK, ChartMetric.MINUTES, 1).items()).hasSize(1);
    }

    @Test
    void topArtistsAddUpTheirTracks() {
        TopArtists top = analytics.charts().topArtists(WEEK, ChartMetric.PLAYS, 10);
        assertThat(top.items()).hasSize(2);
        assertThat(top.items().get(0)).satisfies(a -> {
            assertThat(a.artist()).isEqualTo("Alpha");
            assertThat(a.minutes()).isCloseTo(3.5 + 190 / 60.0, within(1e-9));
            assertThat(a.previousRank()).isEqualTo(2);
            assertThat(a.changePct()).isEqualTo(100.0);
        });
        assertThat(top.items().get(1)).isEqualTo(new TopArtists.Item(2, "Beta", 2, 4.0, 1, 0.0));
    }

    @Test
    void topTracksFollowTheCountryFilter() {
        TopTracks top = analytics.charts().topTracks(new AnalyticsFilter(FROM, TO, null, "DE"), ChartMetric.PLAYS, 10);
        assertThat(top.items()).extracting(TopTracks.Item::trackId).containsExactly("t2");
    }

    @Test
    void chartHistoryRanksEachWeekAndNamesItsNumberOne() {
        ChartHistory h = analytics.chartHistory().history(WEEK, 3, 10);
        assertThat(h.weeks()).extracting(ChartHistory.Week::weekStart).containsExactly(
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-08T00:00:00Z"), FROM);
        assertThat(h.weeks().get(0).numberOne()).isNull();
        assertThat(h.weeks().get(1).numberOne()).isEqualTo(new ChartHistory.NumberOne("t2", "Two", "Beta", 2));
        assertThat(h.weeks().get(2).numberOne()).isEqualTo(new ChartHistory.NumberOne("t1", "One", "Alpha", 2));
        assertThat(h.series()).containsExactly(
                new ChartHistory.Track("t2", "Two", "Beta", Arrays.asList(null, 1, 2)),
                new ChartHistory.Track("t1", "One", "Alpha", Arrays.asList(null, 2, 1)));
    }
}
