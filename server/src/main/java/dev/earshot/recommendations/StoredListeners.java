package dev.earshot.recommendations;

import dev.earshot.store.SqlReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Whether the warehouse has any event of a user: what tells a 404 from a listener the model has no row for. */
final class StoredListeners {
    private static final String ANY_EVENT = "SELECT 1 FROM events WHERE user_id = ? LIMIT 1";

    private StoredListeners() {
    }

    static boolean hasListened(SqlReader sql, String userId) {
        return sql.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(ANY_EVENT)) {
                ps.setString(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
