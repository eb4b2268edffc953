package dev.earshot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * SQL text and the values its {@code ?} take, in order: the one way a query carries values, so that user input is
 * only ever bound, never spliced into the text. Every query of analytics, segments, users and the store is one.
 */
public record BoundSql(String sql, List<Object> binds) {

    public BoundSql {
        // A copy that keeps nulls: a bound NULL is a value like any other.
        binds = Collections.unmodifiableList(new ArrayList<>(binds));
    }

    public static BoundSql of(String sql, Object... binds) {
        return new BoundSql(sql, Arrays.asList(binds));
    }

    /** This text with {@code other} appended, values in the same order. */
    public BoundSql then(BoundSql other) {
        List<Object> all = new ArrayList<>(binds);
        all.addAll(other.binds);
        return new BoundSql(sql + other.sql, all);
    }

    public BoundSql then(String text, Object... more) {
        return then(of(text, more));
    }

    /**
     * This text with {@code " AND " + condition} and its one value appended when {@code value} is set; unchanged
     * when it is null (a filter not asked for).
     */
    public BoundSql andIf(String condition, Object value) {
        return value == null ? this : then(" AND " + condition, value);
    }

    /** A statement with every value bound, for the caller to run and close. */
    public PreparedStatement prepare(Connection conn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            for (int i = 0; i < binds.size(); i++) {
                ps.setObject(i + 1, binds.get(i));
            }
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        return ps;
    }
}
