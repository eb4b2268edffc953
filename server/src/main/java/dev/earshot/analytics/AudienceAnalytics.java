package dev.earshot.analytics;

import static dev.earshot.analytics.Sql.binds;

import dev.earshot.store.BoundSql;
import dev.earshot.store.SqlReader;
import java.time.Duration;

/** Who listens, where and on what: platform and location breakdowns, and the most valuable listeners. */
public final class AudienceAnalytics {
    private static final String PLATFORMS = """
            SELECT platform, count(*) AS n, count(DISTINCT user_id), coalesce(sum(ms_played), 0) / 60000.0,
                   count(*) / sum(count(*)) OVER () FROM listens WHERE %s GROUP BY 1 ORDER BY n DESC, 1""";
    /** %1$s the grouping columns (fixed in code), %2$s the filter. */
    private static final String LOCATIONS = """
            SELECT %1$s, count(*) AS n, count(DISTINCT user_id), coalesce(sum(ms_played), 0) / 60000.0
            FROM listens WHERE %2$s AND country IS NOT NULL GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT ?""";
    /**
     * The value score, from 0 to 1: 0.5 × mean engagement (how much they care about what they play) + 0.3 ×
     * volume, ln(1 + minutes) over the same for the range's heaviest listener (log, so that a few heavy listeners
     * do not squash everyone else to 0) + 0.2 × regularity, the share of the range's days they were active on.
     */
    private static final String HIGH_VALUE = """
            SELECT user_id, 0.5 * engagement + 0.3 * ln(1 + minutes) / greatest(ln(1 + max(minutes) OVER ()), 1e-9)
                            + 0.2 * least(active_days / ?, 1.0) AS score, plays, minutes, engagement, active_days
            FROM (SELECT user_id, count(*) FILTER (WHERE event_type = 'play') AS plays,
                         coalesce(sum(ms_played), 0) / 60000.0 AS minutes, coalesce(avg(engagement), 0) AS engagement,
                         count(DISTINCT ts::DATE) AS active_days
                  FROM listens WHERE %s GROUP BY 1)
            ORDER BY score DESC, user_id LIMIT ?""";

    private final SqlReader reader;

    public AudienceAnalytics(SqlReader reader) {
        this.reader = reader;
    }

    public Platforms platforms(AnalyticsFilter f) {
        BoundSql where = Sql.where(f);
        return new Platforms(f.range(), reader.read(conn -> Sql.list(conn, PLATFORMS.formatted(where.sql()), where.binds(),
                rs -> new Platforms.Item(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5)))));
    }

    public Locations locations(AnalyticsFilter f, LocationLevel level, int limit) {
        BoundSql where = Sql.where(f);
        String columns = level == LocationLevel.CITY ? "country, city" : "country, NULL::VARCHAR AS city";
        return new Locations(f.range(), reader.read(conn -> Sql.list(conn, LOCATIONS.formatted(columns, where.sql()),
                binds(where, limit), rs -> new Locations.Item(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getDouble(5)))));
    }

    /** The listeners with the highest value score (defined on {@link #HIGH_VALUE}) in the range. */
    public HighValueUsers highValueUsers(AnalyticsFilter f, int limit) {
        BoundSql where = Sql.where(f);
        double days = Math.max(1, Math.ceil(f.span().toSeconds() / (double) Duration.ofDays(1).toSeconds()));
        return new HighValueUsers(f.range(), reader.read(conn -> Sql.list(conn, HIGH_VALUE.formatted(where.sql()),
                binds(days, where, limit), rs -> new HighValueUsers.Item(rs.getString(1), rs.getDouble(2), rs.getLong(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getLong(6)))));
    }
}
