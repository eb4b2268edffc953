package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces every analytics query shares: the filter as a WHERE fragment with its bind values
 * ({@link BoundSql}), and running a statement into a list of records.
 */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** {@code ts} in the filter's range, plus its platform and country when set. */
    static BoundSql where(AnalyticsFilter f) {
        return where(f, f.from(), f.to());
    }

    /** {@code ts} in {@code [from, to)}, plus the filter's platform and country when set. */
    static BoundSql where(AnalyticsFilter f, Instant from, Instant to) {
        return BoundSql.of("ts >= make_timestamp(?) AND ts < make_timestamp(?)", Cursor.micros(from), Cursor.micros(to))
                .then(f.dimensions(""));
    }

    /** The bind values of {@code parts} in order; a part may be a {@link BoundSql} (its binds) or a plain value. */
    static List<Object> binds(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof BoundSql part) {
                out.addAll(part.binds());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Stands for the rollup watermark among bind values. It is read in the same transaction as the statement, so
     * that rollups and the events after the watermark are one snapshot; bound as a constant (not a subquery),
     * it lets DuckDB skip every row group received before it.
     */
    static final Object WATERMARK = new Object();
    private static final String READ_WATERMARK = "SELECT epoch_us(received_to) FROM rollup_watermark WHERE name = 'events'";

    static <T> List<T> list(Connection conn, String sql, List<Object> binds, Row<T> row) throws SQLException {
        if (!binds.contains(WATERMARK)) {
            return run(conn, sql, binds, row);
        }
        conn.setAutoCommit(false);
        try {
            Long watermark = run(conn, READ_WATERMARK, List.of(), rs -> rs.getLong(1)).get(0);
            return run(conn, sql, binds.stream().map(b -> b == WATERMARK ? watermark : b).toList(), row);
        } finally {
            conn.rollback();
            conn.setAutoCommit(true);
        }
    }

    private static <T> List<T> run(Connection conn, String sql, List<Object> binds, Row<T> row) throws SQLException {
        try (PreparedStatement ps = new BoundSql(sql, binds).prepare(conn)) {
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a statement for what {@code action} does with each row; returns null, to end a {@code read}. */
    static Void each(Connection conn, String sql, List<Object> binds, RowAction action) throws SQLException {
        list(conn, sql, binds, rs -> {
            action.accept(rs);
            return null;
        });
        return null;
    }

    static <T> T one(Connection conn, String sql, List<Object> binds, Row<T> row) throws SQLException {
        return list(conn, sql, binds, row).get(0);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Cursor.instant(micros);
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** {@code part / whole}, or 0 when there is no whole (an empty range has no rates, not NaN). */
    static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
