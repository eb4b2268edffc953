package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.segments.Presets;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Range;
import dev.earshot.store.Cursor;
import dev.earshot.store.EventPage;
import dev.earshot.store.EventQuery;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A listener's profile for a range; empty for a user with no events at all. */
public final class UserProfiles {
    static final int TOP = 5;
    static final int RECENT = 20;

    private final Warehouse warehouse;
    private final UserListens listens;
    private final Presets presets;

    public UserProfiles(Warehouse warehouse, UserListens listens, Presets presets) {
        this.warehouse = warehouse;
        this.listens = listens;
        this.presets = presets;
    }

    /**
     * Every figure counts only the events that pass {@code filter}, first and last seen and the
     * segment memberships included. Empty only for a user with no events at all.
     */
    public Optional<UserProfile> profile(String userId, AnalyticsFilter filter) {
        Range range = filter.range();
        var segments = presets.resolve(range);
        return listens.read((conn, watermark) -> {
            Mine mine = UserRows.mine(conn, userId, filter, watermark);
            Totals t = Totals.read(mine, ProfileSql.totals(range));
            if (t.events() == 0 && !UserRows.exists(conn, userId, watermark)) {
                return Optional.empty();
            }
            Window recent = Window.read(mine, ProfileSql.newest(range, RECENT));
            Facets facets = Facets.read(mine, range);
            return Optional.of(new UserProfile(userId, range, t.plays(), t.minutes(), t.firstSeen(), t.lastSeen(),
                    facets.top(Facets.GENRE, TOP), facets.top(Facets.MOOD, TOP), facets.top(Facets.CONTEXT, TOP),
                    artists(mine, ProfileSql.topArtists(range, TOP)), facets.clock(),
                    recent(userId, filter, recent), Memberships.of(mine, range, segments)));
        });
    }

    /**
     * The newest events in full, from {@code events}: bounded by the window they lie in, so that the scan
     * skips the row groups before and after it even for a listener who stopped weeks before the range ends.
     */
    private List<StoredEvent> recent(String userId, AnalyticsFilter filter, Window window) {
        List<StoredEvent> out = new ArrayList<>();
        if (window == null) {
            return out;
        }
        // The events API filters no country: drop others here, paging on in the rare case a page held too many.
        Cursor after = null;
        do {
            EventPage page = warehouse.events(new EventQuery(userId, null, null, filter.platform(), window.from(),
                    window.to(), after, RECENT));
            page.events().stream().filter(e -> filter.countryMatches(country(e))).forEach(out::add);
            after = page.next();
        } while (after != null && out.size() < RECENT);
        return out.size() > RECENT ? out.subList(0, RECENT) : out;
    }

    private static String country(StoredEvent e) {
        return e.event().location() == null ? null : e.event().location().country();
    }

    private static List<ArtistPlays> artists(Mine mine, BoundSql sql) throws SQLException {
        List<ArtistPlays> out = new ArrayList<>();
        try (var ps = mine.prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArtistPlays(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
            }
        }
        return out;
    }

    /** {@code [from, to)} holding the newest events; null when the range has none. */
    private record Window(Instant from, Instant to) {
        static Window read(Mine mine, BoundSql sql) throws SQLException {
            try (var ps = mine.prepare(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                long from = rs.getLong(1);
                return rs.wasNull() ? null : new Window(Cursor.instant(from), Cursor.instant(rs.getLong(2) + 1));
            }
        }
    }

    private record Totals(long plays, double minutes, Instant firstSeen, Instant lastSeen, long events) {
        static Totals read(Mine mine, BoundSql sql) throws SQLException {
            try (var ps = mine.prepare(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                long events = rs.getLong(5);
                if (events == 0) {
                    return new Totals(0, 0, null, null, 0);
                }
                return new Totals(rs.getLong(1), rs.getLong(2) / 60_000.0, Cursor.instant(rs.getLong(3)),
                        Cursor.instant(rs.getLong(4)), events);
            }
        }
    }
}
