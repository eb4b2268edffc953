package dev.earshot.users;

import static dev.earshot.users.UserFixture.DAY;
import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.rules.CleanupRules;
import dev.earshot.rules.CleanupRules.Exclusions;
import dev.earshot.rules.CleanupRules.Merge;
import dev.earshot.rules.RuleStore;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles and Wrapped honour the cleanup rules over the per-user copy and the events it does not hold yet alike,
 * without the copy being rebuilt.
 */
class CleanupRulesProfileTest {
    @TempDir
    Path dir;

    /** The profile fixture, and a play of "ABBA" received after the copy caught up (it is read from the events). */
    private static UserFixture fixture(Path dir) {
        UserFixture f = UserFixture.of(dir, UserProfilesTest.fixture());
        f.write(List.of(Listen.play("late", "u", T0.plus(Duration.ofHours(4))).track("track-d", "ABBA")
                .receivedAt(T0.plus(Duration.ofDays(1)))));
        return f;
    }

    @Test
    void anExcludedArtistLeavesTheProfileAndWrapped() {
        try (UserFixture f = fixture(dir)) {
            RuleStore rules = new RuleStore(f.warehouse, f.warehouse, f.clock, UnaryOperator.identity());
            rules.replace(new CleanupRules(new Exclusions(List.of("Abba"), null, null, null, null, null, null),
                    null, null));

            UserProfile p = f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow();
            assertThat(p.topArtists()).extracting(ArtistPlays::artist).containsExactly("Queen");
            assertThat(p.plays()).isEqualTo(2);
            assertThat(f.wrapped.wrapped("u", AnalyticsFilter.of(DAY)).orElseThrow().topArtist().artist()).isEqualTo("Queen");

            rules.replace(CleanupRules.NONE);

            assertThat(f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow().plays()).isEqualTo(5);
        }
    }

    @Test
    void mergedSpellingsAreOneArtistInTheProfile() {
        try (UserFixture f = fixture(dir)) {
            new RuleStore(f.warehouse, f.warehouse, f.clock, UnaryOperator.identity())
                    .replace(new CleanupRules(null, List.of(new Merge("ABBA", List.of("Abba"))), null));

            List<ArtistPlays> artists = new ArrayList<>(f.profiles.profile("u", AnalyticsFilter.of(DAY)).orElseThrow()
                    .topArtists());
            assertThat(artists).extracting(ArtistPlays::artist).containsExactly("ABBA", "Queen");
            assertThat(artists.get(0).plays()).isEqualTo(3);
        }
    }

    @Test
    void erasingAnExcludedListenerTakesThemOutOfTheRulesToo() {
        try (UserFixture f = fixture(dir)) {
            RuleStore rules = new RuleStore(f.warehouse, f.warehouse, f.clock, UnaryOperator.identity());
            rules.replace(new CleanupRules(new Exclusions(List.of("Abba"), null, null, null, List.of("u", "someone-else"),
                    null, null), null, null));

            var erased = new UserErasure(f.listens, ErasureAudit.open(dir.resolve("erasure-key")), () -> { }, f.clock)
                    .erase("u", java.util.Optional.empty()).orElseThrow();

            assertThat(erased.removed()).containsEntry("cleanup_rules", 1L);
            assertThat(rules.current().exclude().listeners()).containsExactly("someone-else");
            assertThat(rules.current().exclude().artists()).containsExactly("Abba");
            assertThat(f.profiles.profile("someone-else", AnalyticsFilter.of(DAY))).isEmpty();
        }
    }

    @Test
    void anExcludedListenerHasNoProfile() {
        try (UserFixture f = fixture(dir)) {
            new RuleStore(f.warehouse, f.warehouse, f.clock, UnaryOperator.identity())
                    .replace(new CleanupRules(new Exclusions(null, null, null, null, List.of("u"), null, null), null, null));

            assertThat(f.profiles.profile("u", AnalyticsFilter.of(DAY))).isEmpty();
            assertThat(f.profiles.profile("someone-else", AnalyticsFilter.of(DAY))).isPresent();
        }
    }
}
