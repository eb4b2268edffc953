package dev.earshot.users;

import dev.earshot.segments.Presets;
import dev.earshot.analytics.Range;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.RejectedEvent;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A warehouse holding hand-made listens and the user services over it, with the per-user copy caught up as
 * of {@code now}: everything received more than {@link dev.earshot.store.ReceivedWatermark#SETTLE} before it is in the copy.
 */
final class UserFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-01-16T12:00:00Z");
    static final Range DAY = new Range(T0.minus(Duration.ofHours(12)), T0.plus(Duration.ofHours(12)));

    final DuckDbWarehouse warehouse;
    final Clock clock;
    final UserListens listens;
    final Presets presets;
    final UserProfiles profiles;
    final UserWrapped wrapped;
    final UserSearch search;

    UserFixture(Path dir, Instant now) {
        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB", Clock.fixed(now, ZoneOffset.UTC));
        clock = Clock.fixed(now, ZoneOffset.UTC);
        listens = new UserListens(warehouse, clock);
        presets = new Presets(warehouse, clock);
        profiles = new UserProfiles(warehouse, listens, presets);
        wrapped = new UserWrapped(warehouse, listens, clock);
        search = new UserSearch(listens);
    }

    /** Over a copy that holds everything written so far, a day after {@link #T0}. */
    static UserFixture of(Path dir, List<Listen> listens) {
        UserFixture f = new UserFixture(dir, T0.plus(Duration.ofDays(1)));
        f.write(listens);
        f.listens.catchUp();
        return f;
    }

    void write(List<Listen> listens) {
        warehouse.write(Stored.of(listens), List.of());
    }

    @Override
    public void close() {
        warehouse.close();
    }

    /** A rejected body of raw text, as the erasure tests store it. */
    static RejectedEvent rejected(String raw) {
        return new RejectedEvent(T0, "req", 0, null, raw, "invalid", List.of());
    }

    /** The single number a query answers. */
    static long count(DuckDbWarehouse w, String sql) {
        return w.read(conn -> {
            try (ResultSet rs = conn.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
