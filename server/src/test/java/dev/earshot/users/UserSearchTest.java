package dev.earshot.users;

import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSearchTest {
    @TempDir
    Path dir;

    /** bob 5 plays; ann and anna 3 each; andy 1 play and 2 skips; an_ 2 plays. */
    static List<Listen> fixture() {
        List<Listen> all = new ArrayList<>();
        plays(all, "bob", 5);
        plays(all, "ann", 3);
        plays(all, "anna", 3);
        plays(all, "andy", 1);
        plays(all, "an_", 2);
        all.add(Listen.play("andy-s1", "andy", T0.plusSeconds(100)).type(EventType.SKIP));
        all.add(Listen.play("andy-s2", "andy", T0.plusSeconds(101)).type(EventType.SKIP));
        return all;
    }

    private static void plays(List<Listen> all, String user, int n) {
        for (int i = 0; i < n; i++) {
            all.add(Listen.play(user + "-" + i, user, T0.plusSeconds(i)));
        }
    }

    @Test
    void findsUsersByPrefixMostPlaysFirstThenById() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.search.search("an", 20)).extracting(UserSummary::userId)
                    .containsExactly("ann", "anna", "an_", "andy");
        }
    }

    @Test
    void takesThePrefixLiterallyNotAsAPattern() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.search.search("an_", 20)).extracting(UserSummary::userId).containsExactly("an_");
        }
    }

    @Test
    void anEmptyPrefixListsEveryoneUpToTheLimit() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            assertThat(f.search.search("", 2)).extracting(UserSummary::userId).containsExactly("bob", "ann");
        }
    }

    @Test
    void countsPlaysOnlyButLastSeenOverEveryEvent() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            UserSummary andy = f.search.search("andy", 20).get(0);
            assertThat(andy.plays()).isEqualTo(1);
            assertThat(andy.lastSeen()).isEqualTo(T0.plusSeconds(101));
        }
    }

    @Test
    void countsOnlyTheRangeAndFiltersWhenGivenOne() {
        try (UserFixture f = UserFixture.of(dir, fixture())) {
            // bob's plays are at T0+0..4 s: a range from T0+3 s holds two of them, and no skip of andy's.
            var range = new dev.earshot.analytics.Range(T0.plusSeconds(3), T0.plusSeconds(60));
            List<UserSummary> found = f.search.search("", 20, dev.earshot.analytics.AnalyticsFilter.of(range));
            assertThat(found).extracting(UserSummary::userId).first().isEqualTo("bob");
            assertThat(found.get(0).plays()).isEqualTo(2);
            assertThat(found).extracting(UserSummary::userId).doesNotContain("andy", "an_");
            assertThat(f.search.search("", 20, new dev.earshot.analytics.AnalyticsFilter(range, Platform.TIDAL, null))).isEmpty();
        }
    }
}
