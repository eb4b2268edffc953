package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Range;
import dev.earshot.store.SqlReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import dev.earshot.segments.RangeCache;

/** "Wrapped" for any range; empty for a user with no events at all. */
public final class UserWrapped {
    static final int TOP_GENRES = 5;
    static final int TOP_MOODS = 2;

    private final SqlReader reader;
    private final UserListens listens;

    private final RangeCache<long[]> minutes;

    public UserWrapped(SqlReader reader, UserListens listens, Clock clock) {
        this.reader = reader;
        this.listens = listens;
        this.minutes = new RangeCache<>(clock);
    }

    /** Every figure counts only the events that pass {@code filter}, the percentile's peers' too. */
    public Optional<Wrapped> wrapped(String userId, AnalyticsFilter filter) {
        Range range = filter.range();
        return listens.read((conn, watermark) -> {
            Mine mine = UserRows.mine(conn, userId, filter, watermark);
            long[] totals = totals(mine, ProfileSql.totals(range));
            if (totals[2] == 0 && !UserRows.exists(conn, userId, watermark)) {
                return Optional.empty();
            }
            Facets facets = Facets.read(mine, range);
            return Optional.of(new Wrapped(userId, range, totals[1] / 60_000.0, topTrack(mine, range),
                    topArtist(mine, range), facets.top(Facets.GENRE, TOP_GENRES), facets.top(Facets.MOOD, TOP_MOODS),
                    Rows.optionalLong(mine, WrappedSql.discoveries(range)),
                    percentile(totals[1], totals[0] > 0 || totals[1] > 0, filter)));
        });
    }

    /** Plays and ms played in the range, and events ever. */
    private static long[] totals(Mine mine, BoundSql sql) throws SQLException {
        try (var ps = mine.prepare(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(5)};
        }
    }

    private static Wrapped.TopTrack topTrack(Mine mine, Range range) throws SQLException {
        try (var ps = mine.prepare(WrappedSql.topTrack(range)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Wrapped.TopTrack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)) : null;
        }
    }

    private static Wrapped.TopArtist topArtist(Mine mine, Range range) throws SQLException {
        try (var ps = mine.prepare(WrappedSql.topArtist(range)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Wrapped.TopArtist(rs.getString(1), rs.getDouble(2)) : null;
        }
    }

    /** Against every listener's ms played in the range, sorted, which holds the user's own once if they listened. */
    private Double percentile(long msPlayed, boolean listened, AnalyticsFilter filter) {
        long[] all = minutes.get(filter, f -> reader.read(conn -> msPlayedPerListener(conn, f)));
        long others = all.length - (listened ? 1 : 0);
        if (others <= 0) {
            return null;
        }
        int below = lowerBound(all, msPlayed);
        return 100.0 * below / others;
    }

    private static long[] msPlayedPerListener(Connection conn, AnalyticsFilter filter) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (var ps = WrappedSql.msPlayedPerListener(filter).prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** How many values are smaller than {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
