package dev.earshot.users;

import dev.earshot.segments.BoundSql;
import dev.earshot.store.Cursor;
import java.time.Instant;

/**
 * Listeners' events read through the user-ordered copy: from {@code user_listens} up to its watermark, and
 * from {@code events} after it. Both scans skip what is not theirs by min/max: the copy by user, the events
 * by the time they were received. Before the first catch-up the watermark is the epoch and the copy empty.
 */
final class UserRows {
    private UserRows() {
    }

    /** One listener's events as the CTE {@code mine}: every per-user question starts with it. */
    static BoundSql mine(String userId, Instant watermark) {
        return BoundSql.of("WITH mine AS ").then(rows("user_id = ?", watermark, userId)).then(" ");
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
