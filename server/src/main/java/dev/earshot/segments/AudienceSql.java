package dev.earshot.segments;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.Range;
import dev.earshot.store.Cursor;

/** The SQL of a segment's members: listeners with enough matching listens in the range, most matching first. */
final class AudienceSql {
    private AudienceSql() {
    }

    /** user_id, matching, country, platform, mean_engagement, audience (the member count before any limit). */
    static BoundSql members(Rule rule, Range range, Integer limit) {
        BoundSql cond = RuleSql.condition(rule);
        // Every play of the range is read (not only the matching ones) so that a share of the listener's
        // listens can be asked for; the HAVING is Rule.admits in SQL.
        BoundSql sql = BoundSql.of("WITH plays AS (SELECT e.user_id, e.country, e.platform, e.engagement, ")
                .then(cond)
                .then(" AS hit FROM listens e WHERE e.event_type = 'play' AND e.ts >= make_timestamp(?) AND e.ts < make_timestamp(?)),"
                        + " members AS (SELECT user_id, count(*) FILTER (WHERE hit) AS matching,"
                        + " mode(country) FILTER (WHERE hit) AS country, mode(platform) FILTER (WHERE hit) AS platform,"
                        + " avg(engagement) FILTER (WHERE hit) AS mean_engagement FROM plays GROUP BY user_id"
                        + " HAVING count(*) FILTER (WHERE hit) >= ? AND count(*) FILTER (WHERE hit) >= ? * count(*))"
                        + " SELECT user_id, matching, country, platform, mean_engagement, count(*) OVER () AS audience"
                        + " FROM members ORDER BY matching DESC, user_id",
                        Cursor.micros(range.from()), Cursor.micros(range.to()), rule.minListens(),
                        rule.minShare() == null ? 0.0 : rule.minShare());
        return limit == null ? sql : sql.then(" LIMIT ?", limit);
    }

    static BoundSql listeners(Range range) {
        return BoundSql.of("SELECT count(DISTINCT user_id) FROM listens"
                + " WHERE ts >= make_timestamp(?) AND ts < make_timestamp(?)", Cursor.micros(range.from()), Cursor.micros(range.to()));
    }
}
