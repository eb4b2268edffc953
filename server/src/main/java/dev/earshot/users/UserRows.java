package dev.earshot.users;

import dev.earshot.segments.BoundSql;
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
     * One listener's events as the temporary table {@code mine}, which every per-user question then reads:
     * the copy and the events' tail are searched once per page, not once per question, and the page's filters
     * are applied once, here.
     */
    static void load(Connection conn, String userId, Instant watermark) throws SQLException {
        try (var ps = BoundSql.of("CREATE TEMP TABLE mine AS ").then(rows("user_id = ?", watermark, userId))
                .prepare(conn)) {
            ps.execute();
        }
    }

    /** The events of listeners matching {@code filter} (on user_id only), as a parenthesised subquery. */
    static BoundSql rows(String filter, Instant watermark, Object... params) {
        String columns = UserListens.COLUMNS;
        return BoundSql.of("(SELECT " + columns + " FROM user_listens WHERE ", params).then(filter)
                .then(" UNION ALL SELECT " + columns + " FROM events WHERE received_at >= make_timestamp(?) AND ",
                        Cursor.micros(watermark))
                .then(BoundSql.of(filter, params)).then(")");
    }
}
