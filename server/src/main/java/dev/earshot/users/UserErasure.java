package dev.earshot.users;

import dev.earshot.segments.BoundSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The right to erasure (DESIGN §3): every stored row of one listener goes, in one transaction: their events,
 * their rows in the per-user copy, and the rejected events they sent. It runs as a job of the one writer, between
 * two event commits; events of theirs still being ingested while this runs are not erased.
 */
public final class UserErasure {
    private final UserListens listens;

    public UserErasure(UserListens listens) {
        this.listens = listens;
    }

    /** How many events were deleted; empty when the listener has no events at all. */
    public OptionalLong erase(String userId) {
        return listens.write(conn -> {
            conn.setAutoCommit(false);
            long events = execute(conn, BoundSql.of("DELETE FROM events WHERE user_id = ?", userId));
            long copied = execute(conn, BoundSql.of("DELETE FROM user_listens WHERE user_id = ?", userId));
            if (events == 0 && copied == 0) {
                conn.rollback();
                return OptionalLong.empty();
            }
            execute(conn, BoundSql.of("UPDATE user_listens_state SET row_count = row_count - ?", copied));
            execute(conn, BoundSql.of("DELETE FROM rejected_events WHERE json_valid(raw)"
                    + " AND json_extract_string(raw, '$.user_id') = ?", userId));
            conn.commit();
            return OptionalLong.of(events);
        });
    }

    private static long execute(Connection conn, BoundSql sql) throws SQLException {
        try (var ps = sql.prepare(conn)) {
            return ps.executeUpdate();
        }
    }
}
