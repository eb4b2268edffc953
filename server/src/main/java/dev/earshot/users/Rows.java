package dev.earshot.users;

import dev.earshot.store.BoundSql;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading a single optional number, as the user questions do. */
final class Rows {
    private Rows() {
    }

    /** The first column of the first row of {@code sql} over {@code mine}, null when it is NULL or there is no row. */
    static Long optionalLong(Mine mine, BoundSql sql) throws SQLException {
        try (var ps = mine.prepare(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }
}
