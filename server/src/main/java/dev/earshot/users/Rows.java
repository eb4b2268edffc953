package dev.earshot.users;

import dev.earshot.store.BoundSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading a single optional number, as the user questions do. */
final class Rows {
    private Rows() {
    }

    /** The first column of the first row, null when it is NULL or there is no row. */
    static Long optionalLong(Connection conn, BoundSql sql) throws SQLException {
        try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }
}
