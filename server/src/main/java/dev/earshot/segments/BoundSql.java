package dev.earshot.segments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters in order; values never go into the text. */
public record BoundSql(String sql, List<Object> params) {

    public BoundSql {
        params = List.copyOf(params);
    }

    public static BoundSql of(String sql, Object... params) {
        return new BoundSql(sql, List.of(params));
    }

    /** This text with {@code other} appended, parameters in the same order. */
    public BoundSql then(BoundSql other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new BoundSql(sql + other.sql, all);
    }

    public BoundSql then(String text, Object... more) {
        return then(of(text, more));
    }

    public PreparedStatement prepare(Connection conn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
