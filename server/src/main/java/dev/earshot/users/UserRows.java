package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.store.Cursor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Listeners' events read through the user-ordered copy: from {@code user_listens} up to its watermark, and
 * from {@code events} after it. Both scans skip what is not theirs by min/max: the copy by user, the events
 * by the time they were received. Before the first catch-up the watermark is the epoch and the copy empty.
 */
final class UserRows {
    private UserRows() {
    }

    /**
     * One listener's events as {@code mine}, which every per-user question then reads: the platform and country
     * of the page's filter are written once, here (its range by each question).
     */
    static Mine mine(Connection conn, String userId, AnalyticsFilter filter, Instant watermark) {
        BoundSql mine = BoundSql.of("user_id = ? AND ", userId).then(filter.condition());
        return new Mine(conn, BoundSql.of("WITH mine AS ").then(rows(mine, watermark)).then(" "));
    }

    /** Whether the listener has any event at all, whatever the filters. */
    static boolean exists(Connection conn, String userId, Instant watermark) throws SQLException {
        BoundSql sql = BoundSql.of("SELECT EXISTS (SELECT 1 FROM ").then(rows(BoundSql.of("user_id = ?", userId), watermark))
                .then(")");
        try (var ps = sql.prepare(conn); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The events matching {@code filter} (on the copy's columns) that the cleanup rules keep, as a parenthesised subquery. */
    static BoundSql rows(BoundSql filter, Instant watermark) {
        return rows("kept_user_listens", "listens", filter, watermark);
    }

    /** As {@link #rows}, with every stored event, rules or not: what GET /v1/events lists ({@link UserEvents}). */
    static BoundSql allRows(BoundSql filter, Instant watermark) {
        return rows("user_listens", "events", filter, watermark);
    }

    private static BoundSql rows(String copy, String events, BoundSql filter, Instant watermark) {
        String columns = UserListens.COLUMNS;
        return BoundSql.of("(SELECT " + columns + " FROM " + copy + " WHERE ").then(filter)
                .then(" UNION ALL SELECT " + columns + " FROM " + events + " WHERE received_at >= make_timestamp(?) AND ",
                        Cursor.micros(watermark))
                .then(filter).then(")");
    }
}
