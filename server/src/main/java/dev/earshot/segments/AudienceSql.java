package dev.earshot.segments;

import dev.earshot.analytics.Range;
import dev.earshot.store.Cursor;

/** The SQL of a segment's members: listeners with enough matching listens in the range, most matching first. */
final class AudienceSql {
    private AudienceSql() {
    }

    /** user_id, matching, country, platform, mean_engagement, audience (the member count before any limit). */
    static BoundSql members(Rule rule, Range range, Integer limit) {
        BoundSql cond = RuleSql.condition(rule);
        BoundSql sql = BoundSql.of("WITH members AS (SELECT e.user_id, count(*) AS matching, mode(e.country) AS country,"
                        + " mode(e.platform) AS platform, avg(e.engagement) AS mean_engagement FROM events e"
                        + " WHERE e.event_type = 'play' AND e.ts >= make_timestamp(?) AND e.ts < make_timestamp(?) AND ",
                Cursor.micros(range.from()), Cursor.micros(range.to()))
                .then(cond)
                .then(" GROUP BY e.user_id HAVING count(*) >= ?)"
                        + " SELECT user_id, matching, country, platform, mean_engagement, count(*) OVER () AS audience"
                        + " FROM members ORDER BY matching DESC, user_id", rule.minListens());
        return limit == null ? sql : sql.then(" LIMIT ?", limit);
    }

    static BoundSql listeners(Range range) {
        return BoundSql.of("SELECT count(DISTINCT user_id) FROM events"
                + " WHERE ts >= make_timestamp(?) AND ts < make_timestamp(?)", Cursor.micros(range.from()), Cursor.micros(range.to()));
    }
}
