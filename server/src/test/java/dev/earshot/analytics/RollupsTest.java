package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rollups change how fast, never what: for any watermark, overview, top charts, chart history, moods, genres (every
 * bucket), trending and emerging artists and retention over rollups plus the unrolled tail equal the same questions
 * over the raw events, on aligned and ragged ranges and with every filter.
 */
class RollupsTest extends AnalyticsFixture {
    static final List<AnalyticsFilter> FILTERS = List.of(WEEK,
            new AnalyticsFilter(FROM.plusSeconds(1800), TO.minusSeconds(7 * 3600 + 60), null, null),
            new AnalyticsFilter(FROM, TO, Platform.SPOTIFY, null),
            new AnalyticsFilter(FROM.plusSeconds(13 * 3600 + 5 * 60), TO, null, "DE"),
            new AnalyticsFilter(Instant.parse("2024-01-16T12:01:00Z"), Instant.parse("2024-01-16T12:59:00Z"), null, null));

    @ParameterizedTest
    @ValueSource(strings = {"none", "2024-01-10T12:30:00Z", "2024-01-16T12:02:00Z", "2024-01-18T00:00:00Z", "2030-01-01T00:00:00Z"})
    void answersEqualTheRawAnswersAtAnyWatermark(String watermark) {
        Rollups rollups = new Rollups(warehouse).ensure();
        if (!watermark.equals("none")) {
            rollups.refresh(Instant.parse(watermark));
        }
        assertRolledUpEqualsRaw();
    }

    /** Late and old events (an import, a client back online) received after the fold are counted from the tail. */
    @org.junit.jupiter.api.Test
    void lateAndOldEventsReceivedAfterTheWatermarkAreCountedOnce() {
        new Rollups(warehouse).ensure().refresh(Instant.parse("2024-01-25T00:00:00Z"));
        Instant late = Instant.parse("2024-02-01T00:00:00Z");
        warehouse.write(List.of(
                dev.earshot.support.Stored.of(of("l1", "u6", "t2", "2024-01-16T12:30:00Z").ms(60_000)
                        .mood(dev.earshot.vocab.Mood.CALM).genre("jazz").receivedAt(late)),
                dev.earshot.support.Stored.of(of("l2", "u1", "t3", "2024-01-09T08:00:00Z").ms(60_000).genre("rock").receivedAt(late)),
                dev.earshot.support.Stored.of(of("l3", "u7", "t1", "2024-01-21T23:59:00Z").ms(60_000)
                        .mood(dev.earshot.vocab.Mood.ENERGETIC).receivedAt(late))), List.of());
        assertRolledUpEqualsRaw();
        new Rollups(warehouse).refresh(late.plusSeconds(1));
        assertRolledUpEqualsRaw();
    }

    private void assertRolledUpEqualsRaw() {
        Analytics rolled = Analytics.withRollups(warehouse);
        for (AnalyticsFilter f : FILTERS) {
            assertThat(rolled.activity().overview(f)).usingRecursiveComparison()
                    .withComparatorForType(RollupsTest::close, Double.class).isEqualTo(analytics.activity().overview(f));
            for (ChartMetric by : ChartMetric.values()) {
                assertThat(rolled.charts().topTracks(f, by, 10)).isEqualTo(analytics.charts().topTracks(f, by, 10));
                assertThat(rolled.charts().topArtists(f, by, 10)).isEqualTo(analytics.charts().topArtists(f, by, 10));
            }
            assertThat(rolled.taste().moods(f)).isEqualTo(analytics.taste().moods(f));
            for (Bucket b : Bucket.values()) {
                if (b.count(f.range()) <= Bucket.MAX_BUCKETS) {
                    assertThat(rolled.taste().genres(f, b)).isEqualTo(analytics.taste().genres(f, b));
                }
            }
            assertThat(rolled.artists().trending(f, 10)).isEqualTo(analytics.artists().trending(f, 10));
            assertThat(rolled.artists().emerging(f, 10)).isEqualTo(analytics.artists().emerging(f, 10));
            for (int weeks : new int[] {1, 3}) {
                assertThat(rolled.retention().cohorts(f, weeks)).isEqualTo(analytics.retention().cohorts(f, weeks));
                assertThat(rolled.chartHistory().history(f, weeks, 2)).isEqualTo(analytics.chartHistory().history(f, weeks, 2));
                assertThat(rolled.chartHistory().history(f, weeks, 10)).isEqualTo(analytics.chartHistory().history(f, weeks, 10));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void refreshingInStepsCountsEachEventOnce(int steps) {
        Rollups rollups = new Rollups(warehouse).ensure();
        for (int i = 1; i <= steps; i++) {
            rollups.refresh(FROM.plus(Duration.ofDays(3L * i)));
        }
        rollups.refresh(TO.plus(Duration.ofDays(1)));
        Overview rolled = Analytics.withRollups(warehouse).activity().overview(WEEK);
        assertThat(rolled).usingRecursiveComparison().withComparatorForType(RollupsTest::close, Double.class)
                .isEqualTo(analytics.activity().overview(WEEK));
        assertThat(rolled.events()).isEqualTo(8);
    }

    /** Sums of engagement in another order may differ in the last bits. */
    private static int close(Double a, Double b) {
        return Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b);
    }

    @org.junit.jupiter.api.Test
    void rollupsOfAnotherLayoutAreRebuiltNotReadWithTheWrongShape() {
        Rollups rollups = new Rollups(warehouse).ensure();
        rollups.refresh(Instant.parse("2030-01-01T00:00:00Z"));
        warehouse.writeAside(conn -> {
            try (var st = conn.createStatement()) {
                st.execute("UPDATE rollup_layout SET version = " + (Rollups.LAYOUT - 1));
                st.execute("ALTER TABLE rollup_user_hour ADD COLUMN stale INTEGER");
            }
            return null;
        });

        new Rollups(warehouse).ensure().refresh(Instant.parse("2030-01-01T00:00:00Z"));

        long columns = warehouse.read(conn -> {
            try (var rs = conn.createStatement().executeQuery(
                    "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'rollup_user_hour' AND column_name = 'stale'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(columns).isZero();
        Analytics rolled = Analytics.withRollups(warehouse);
        assertThat(rolled.activity().overview(WEEK)).usingRecursiveComparison()
                .withComparatorForType(RollupsTest::close, Double.class).isEqualTo(analytics.activity().overview(WEEK));
    }
}
