package dev.earshot.users;

import dev.earshot.segments.BoundSql;
import dev.earshot.store.Cursor;
import java.time.Instant;

/**
 * One listener's events as the CTE {@code mine}: from the user-ordered copy up to its watermark, and from
 * {@code events} after it (both scans skip what is not theirs by min/max: the copy by user, the events by
 * the time they were received). Every per-user question starts with it.
 */
final class UserRows {
    private UserRows() {
    }

    static BoundSql mine(String userId, Instant watermark) {
        String columns = UserListens.COLUMNS;
        if (watermark == null) {
            return BoundSql.of("WITH mine AS (SELECT " + columns + " FROM events WHERE user_id = ?) ", userId);
        }
        return BoundSql.of("WITH mine AS (SELECT " + columns + " FROM user_listens WHERE user_id = ?"
                + " UNION ALL SELECT " + columns + " FROM events WHERE received_at >= make_timestamp(?) AND user_id = ?) ",
                userId, Cursor.micros(watermark), userId);
    }
}
