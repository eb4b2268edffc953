package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.rules.CleanupRules;
import dev.earshot.rules.CleanupRules.Exclusions;
import dev.earshot.rules.CleanupRules.Merge;
import dev.earshot.rules.CleanupRules.Split;
import dev.earshot.rules.RuleStore;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoredEvent;
import dev.earshot.support.Stored;
import java.time.Clock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cleanup rules change what every statistic counts and nothing that is stored: exclusions leave listens out of
 * the overview, the charts and the taste questions, merges and splits change who an artist is, clearing them
 * brings everything back, and with rules set the rollups still answer exactly as the raw events do.
 */
class CleanupRulesTest extends AnalyticsFixture {
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
    private RuleStore rules;
    private Rollups rollups;

    @Override
    List<StoredEvent> events() {
        List<StoredEvent> all = new ArrayList<>(week());
        all.add(Stored.of(of("x1", "u1", "t4", "2024-01-17T10:00:00Z").ms(60_000)));
        all.add(Stored.of(of("x2", "u2", "t5", "2024-01-17T11:00:00Z").ms(60_000)));
        all.add(Stored.of(of("x3", "u2", "t6", "2024-01-17T11:05:00Z").ms(60_000)));
        all.add(Stored.of(of("x4", "u6", "spotify:episode:pod1", "2024-01-17T12:00:00Z").ms(600_000)));
        return all;
    }

    @BeforeEach
    void rules() {
        rules = new RuleStore(warehouse, warehouse, Clock.fixed(LATER, ZoneOffset.UTC), UnaryOperator.identity());
        rollups = new Rollups(warehouse).ensure();
    }

    @Test
    void excludingAnArtistLeavesTheirListensOutOfEveryStatisticUntilCleared() {
        Overview before = analytics.activity().overview(WEEK);
        TopArtists artistsBefore = analytics.charts().topArtists(WEEK, ChartMetric.PLAYS, 10);

        rules.replace(new CleanupRules(exclusions(List.of("beta"), List.of(), false), null, null));

        assertThat(artists(WEEK)).doesNotContain("Beta").contains("Alpha");
        assertThat(analytics.charts().topTracks(WEEK, ChartMetric.PLAYS, 10).items())
                .extracting(TopTracks.Item::trackId).doesNotContain("t2");
        Overview after = analytics.activity().overview(WEEK);
        // t2 had two plays (c3, c6) and a share (c8) in the week; u3 is left with one skip.
        assertThat(after.plays()).isEqualTo(before.plays() - 2);
        assertThat(after.events()).isEqualTo(before.events() - 3);
        assertThat(analytics.taste().genres(WEEK, Bucket.DAY).distribution()).extracting(Genres.Share::genre)
                .containsExactly("rock");
        assertThat(warehouse.countEvents()).isEqualTo(events().size());

        rules.replace(CleanupRules.NONE);

        assertThat(analytics.activity().overview(WEEK)).isEqualTo(before);
        assertThat(analytics.charts().topArtists(WEEK, ChartMetric.PLAYS, 10)).isEqualTo(artistsBefore);
    }

    @Test
    void excludingASourceLeavesItsEventsOutOfEveryStatisticAndKeepsEventsOfUnknownOrigin() {
        rollups.refresh(LATER);
        Overview before = analytics.activity().overview(WEEK);
        warehouse.write(List.of(from(EventOrigin.SIMULATION, of("s1", "u1", "t1", "2024-01-17T13:00:00Z").ms(60_000)),
                from(EventOrigin.SIMULATION, of("s2", "sim-only", "t2", "2024-01-17T13:05:00Z").ms(60_000)),
                from(EventOrigin.API, of("a1", "u1", "t1", "2024-01-17T14:00:00Z").ms(60_000))), List.of());
        rollups.refresh(LATER);
        Overview all = analytics.activity().overview(WEEK);
        assertThat(all.events()).isEqualTo(before.events() + 3);

        rules.replace(new CleanupRules(new Exclusions(null, null, null, null, null, null, null,
                List.of("simulation")), null, null));

        Overview kept = analytics.activity().overview(WEEK);
        // The fixture's events have no source (stored before sources were kept): they stay, and so does the api one.
        assertThat(kept.events()).isEqualTo(before.events() + 1);
        assertThat(kept.listeners()).isEqualTo(all.listeners() - 1);
        assertThat(rules.current().excludedListens()).isEqualTo(2);
        assertRolledUpEqualsRaw();

        rules.replace(CleanupRules.NONE);

        assertThat(analytics.activity().overview(WEEK)).isEqualTo(all);
        assertRolledUpEqualsRaw();
    }

    private static StoredEvent from(EventOrigin source, dev.earshot.testkit.Listen listen) {
        StoredEvent stored = Stored.of(listen);
        return new StoredEvent(stored.event(), stored.receivedAt(), stored.enrichment(), source);
    }

    @Test
    void mergedSpellingsAreOneArtistWithTheirPlaysSummed() {
        assertThat(artists(WEEK)).contains("Alpha", "ALPHA", "Alfa");

        rules.replace(new CleanupRules(null, List.of(new Merge("Alpha", List.of("Alfa"))), null));

        TopArtists top = analytics.charts().topArtists(WEEK, ChartMetric.PLAYS, 10);
        assertThat(top.items()).extracting(TopArtists.Item::artist).doesNotContain("ALPHA", "Alfa");
        // t1 twice, t5 ("ALPHA", the same name in another case) and t6 ("Alfa").
        assertThat(top.items()).filteredOn(a -> a.artist().equals("Alpha")).singleElement()
                .extracting(TopArtists.Item::plays).isEqualTo(4L);
    }

    @Test
    void aSplitCreditCountsForEachArtistWithoutCountingItsTrackTwice() {
        long plays = analytics.activity().overview(WEEK).plays();

        rules.replace(new CleanupRules(null, null, List.of(new Split("Alpha & Beta", null))));

        TopArtists top = analytics.charts().topArtists(WEEK, ChartMetric.PLAYS, 10);
        assertThat(top.items()).extracting(TopArtists.Item::artist).doesNotContain("Alpha & Beta");
        assertThat(top.items()).filteredOn(a -> a.artist().equals("Alpha")).singleElement()
                .extracting(TopArtists.Item::plays).isEqualTo(3L);
        assertThat(top.items()).filteredOn(a -> a.artist().equals("Beta")).singleElement()
                .extracting(TopArtists.Item::plays).isEqualTo(3L);
        assertThat(analytics.charts().topTracks(WEEK, ChartMetric.PLAYS, 10).items())
                .filteredOn(t -> t.trackId().equals("t4")).singleElement().extracting(TopTracks.Item::plays)
                .isEqualTo(1L);
        assertThat(analytics.activity().overview(WEEK).plays()).isEqualTo(plays);
    }

    @Test
    void excludedListenersAndPodcastsLeaveOverviewAudienceAndRetention() {
        long listeners = analytics.activity().overview(WEEK).listeners();
        long cohortUsers = cohortUsers();

        rules.replace(new CleanupRules(new Exclusions(null, null, null, null, List.of("u3"), true, null), null, null));

        assertThat(analytics.activity().overview(WEEK).listeners()).isEqualTo(listeners - 2);
        assertThat(analytics.charts().topTracks(WEEK, ChartMetric.MINUTES, 10).items())
                .extracting(TopTracks.Item::trackId).doesNotContain("spotify:episode:pod1", "t3");
        assertThat(cohortUsers()).isEqualTo(cohortUsers - 2);
        assertThat(analytics.audience().highValueUsers(WEEK, 10).items()).extracting(HighValueUsers.Item::userId)
                .doesNotContain("u3", "u6");
    }

    @Test
    void aTrackOfAnExcludedArtistThatArrivesLaterIsLeftOutOnceMatchedEvenWhenAlreadyRolledUp() {
        rules.replace(new CleanupRules(exclusions(List.of("Artist g"), List.of(), false), null, null));
        warehouse.write(List.of(Stored.of(of("g1", "u1", "g1", "2024-01-17T15:00:00Z").ms(60_000))), List.of());
        rollups.refresh(LATER);

        rules.keepCurrent();

        assertThat(artists(WEEK)).doesNotContain("Artist g");
        assertThat(Analytics.withRollups(warehouse).charts().topArtists(WEEK, ChartMetric.PLAYS, 10).items())
                .extracting(TopArtists.Item::artist).doesNotContain("Artist g");
        assertRolledUpEqualsRaw();
    }

    @Test
    void savedRulesStillApplyWhenTheFileIsOpenedAgain() {
        rules.replace(new CleanupRules(exclusions(List.of("Beta"), List.of("u1"), false), null, null));
        long plays = analytics.activity().overview(WEEK).plays();
        warehouse.close();

        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB", Clock.fixed(LATER, ZoneOffset.UTC));
        analytics = Analytics.over(warehouse);

        assertThat(analytics.activity().overview(WEEK).plays()).isEqualTo(plays);
        assertThat(artists(WEEK)).doesNotContain("Beta");
        assertThat(new RuleStore(warehouse, warehouse, Clock.fixed(LATER, ZoneOffset.UTC), UnaryOperator.identity()).current()
                .exclude().listeners()).containsExactly("u1");
    }

    @Test
    void withRulesSetTheRolledUpAnswersEqualTheRawAnswers() {
        rollups.refresh(Instant.parse("2024-01-16T12:02:00Z"));
        rules.replace(new CleanupRules(new Exclusions(null, List.of(), List.of("t3"), List.of("jazz"), List.of("u4"),
                true, true), List.of(new Merge("Alpha", List.of("Alfa"))), List.of(new Split("Alpha & Beta", null))));
        assertRolledUpEqualsRaw();

        rollups.refresh(LATER);
        assertRolledUpEqualsRaw();

        rules.replace(CleanupRules.NONE);
        assertRolledUpEqualsRaw();
    }

    private void assertRolledUpEqualsRaw() {
        Analytics rolled = Analytics.withRollups(warehouse);
        for (AnalyticsFilter f : RollupsTest.FILTERS) {
            assertThat(rolled.activity().overview(f)).usingRecursiveComparison()
                    .withComparatorForType(CleanupRulesTest::close, Double.class).isEqualTo(analytics.activity().overview(f));
            for (ChartMetric by : ChartMetric.values()) {
                assertThat(rolled.charts().topTracks(f, by, 10)).isEqualTo(analytics.charts().topTracks(f, by, 10));
                assertThat(rolled.charts().topArtists(f, by, 10)).isEqualTo(analytics.charts().topArtists(f, by, 10));
            }
            assertThat(rolled.chartHistory().history(f, 3, 10)).isEqualTo(analytics.chartHistory().history(f, 3, 10));
            assertThat(rolled.taste().moods(f)).isEqualTo(analytics.taste().moods(f));
            assertThat(rolled.taste().genres(f, Bucket.DAY)).isEqualTo(analytics.taste().genres(f, Bucket.DAY));
            assertThat(rolled.artists().trending(f, 10)).isEqualTo(analytics.artists().trending(f, 10));
            assertThat(rolled.artists().emerging(f, 10)).isEqualTo(analytics.artists().emerging(f, 10));
            assertThat(rolled.retention().cohorts(f, 3)).isEqualTo(analytics.retention().cohorts(f, 3));
        }
    }

    private long cohortUsers() {
        return analytics.retention().cohorts(WEEK, 2).cohorts().stream().mapToLong(Retention.Cohort::users).sum();
    }

    private List<String> artists(AnalyticsFilter f) {
        return analytics.charts().topArtists(f, ChartMetric.PLAYS, 10).items().stream().map(TopArtists.Item::artist)
                .toList();
    }

    private static Exclusions exclusions(List<String> artists, List<String> listeners, boolean podcasts) {
        return new Exclusions(artists, null, null, null, listeners, podcasts, null);
    }

    private static int close(Double a, Double b) {
        return Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b);
    }
}
