package dev.earshot.users;

import static dev.earshot.users.UserFixture.DAY;
import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.segments.Filters;
import dev.earshot.segments.Presets;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
import dev.earshot.testkit.MutableClock;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserListensTest {
    static final Instant NOW = T0.plus(Duration.ofDays(1));

    @TempDir
    Path dir;

    @Test
    void countsEventsReceivedAfterTheCatchUpOnceEach() {
        MutableClock clock = new MutableClock(NOW);
        try (DuckDbWarehouse w = open()) {
            UserListens listens = new UserListens(w, clock);
            w.write(Stored.of(plays("a", 3, T0)), List.of());
            listens.catchUp();
            w.write(Stored.of(plays("b", 2, NOW.minusSeconds(30))), List.of());

            assertThat(copied(w)).isEqualTo(3);
            assertThat(plays(w, listens)).isEqualTo(5);
            assertThat(new UserSearch(listens).search("u", 1).get(0).plays()).isEqualTo(5);

            clock.advance(Duration.ofMinutes(5));
            listens.catchUp();
            assertThat(copied(w)).isEqualTo(5);
            assertThat(plays(w, listens)).isEqualTo(5);
        }
    }

    @Test
    void rewritingTheCopySortedKeepsEveryCount() {
        MutableClock clock = new MutableClock(NOW);
        try (DuckDbWarehouse w = open()) {
            UserListens listens = new UserListens(w, clock, 1);
            w.write(Stored.of(plays("a", 3, T0)), List.of());
            listens.catchUp();
            List<Listen> more = new ArrayList<>(plays("b", 2, NOW.minusSeconds(30)));
            more.add(Listen.play("other", "another", T0).receivedAt(NOW.minusSeconds(30)));
            w.write(Stored.of(more), List.of());
            clock.advance(Duration.ofMinutes(5));
            listens.catchUp();

            assertThat(tail(w)).isZero();
            assertThat(copied(w)).isEqualTo(w.countEvents());
            assertThat(plays(w, listens)).isEqualTo(5);
            assertThat(new UserSearch(listens).search("", 5)).extracting(UserSummary::plays).containsExactly(5L, 1L);
        }
    }

    @Test
    void answersFromTheEventsAloneBeforeTheFirstCatchUp() {
        try (DuckDbWarehouse w = open()) {
            w.write(Stored.of(plays("a", 3, T0)), List.of());
            assertThat(plays(w, new UserListens(w, new MutableClock(NOW)))).isEqualTo(3);
        }
    }

    /** {@code n} plays by user u a minute apart from T0, received at {@code receivedAt}. */
    private static List<Listen> plays(String prefix, int n, Instant receivedAt) {
        List<Listen> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Listen.play(prefix + i, "u", T0.plusSeconds(60L * i + (prefix.equals("a") ? 0 : 3600)))
                    .receivedAt(receivedAt));
        }
        return out;
    }

    private static long plays(DuckDbWarehouse w, UserListens listens) {
        UserProfiles profiles = new UserProfiles(w, listens, new Presets(w, new MutableClock(NOW)));
        return profiles.profile("u", DAY, Filters.NONE).orElseThrow().plays();
    }

    private static long copied(DuckDbWarehouse w) {
        return count(w, "SELECT count(*) FROM user_listens");
    }

    private static long tail(DuckDbWarehouse w) {
        return count(w, "SELECT tail FROM user_listens_state");
    }

    private static long count(DuckDbWarehouse w, String sql) {
        return w.read(conn -> {
            try (ResultSet rs = conn.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private DuckDbWarehouse open() {
        return DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", new MutableClock(NOW));
    }
}
