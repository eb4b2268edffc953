package dev.earshot.users;

import dev.earshot.segments.BoundSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reading the small result shapes the user questions share. */
final class Rows {
    private Rows() {
    }

    /** (name, listens, share) rows. */
    static List<NamedCount> counts(Connection conn, BoundSql sql) throws SQLException {
        List<NamedCount> out = new ArrayList<>();
        try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NamedCount(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
            }
        }
        return out;
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
