package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.ReceivedWatermark;
import dev.earshot.store.SqlReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * A copy of the events' per-user columns in {@code user_listens} (schema v4), kept ordered by user: DuckDB has
 * no index that helps a per-user query, but its per-row-group min/max lets a query for one user skip every row
 * group of a table sorted by user (measured: a profile question fell from ~40 ms to ~2 ms at 4.3M events).
 * A background task appends events received before a watermark, sorted by user, and rewrites the table
 * sorted once the unsorted tail grows past an eighth of it. Readers add the events at or after the watermark
 * from {@code events} itself ({@link UserRows}), so answers are exact and fresh while the copy lags.
 */
public final class UserListens {
    static final long MIN_TAIL_TO_SORT = 250_000;
    static final String COLUMNS = "user_id, ts, local_ts, event_type, track_id, ms_played, genre, mood, context,"
            + " platform, country, engagement, source";

    /** Work on one snapshot of the copy and the events, given the watermark that snapshot has. */
    @FunctionalInterface
    interface SnapshotRead<T> {
        T run(Connection conn, Instant watermark) throws SQLException;
    }

    private final DuckDbWarehouse warehouse;
    private final Clock clock;
    private final long minTailToSort;

    public UserListens(DuckDbWarehouse warehouse, Clock clock) {
        this(warehouse, clock, MIN_TAIL_TO_SORT);
    }

    /** With the unsorted tail rewritten from {@code minTailToSort} rows: how a test makes a small copy sort. */
    UserListens(DuckDbWarehouse warehouse, Clock clock, long minTailToSort) {
        this.warehouse = warehouse;
        this.clock = clock;
        this.minTailToSort = minTailToSort;
    }

    /**
     * Runs {@code query} in one transaction that also reads the watermark: a catch-up committing meanwhile
     * can then neither count an event twice (in the copy and after the watermark) nor miss one.
     */
    <T> T read(SnapshotRead<T> query) {
        return warehouse.read(conn -> {
            conn.setAutoCommit(false);
            try {
                return query.run(conn, State.read(conn).coveredUntil());
            } finally {
                conn.rollback();
            }
        });
    }

    /**
     * Appends what has settled since the last call, and sorts the table when the tail is due. The copy is
     * written as a job of the one writer, between two event commits.
     */
    public void catchUp() {
        writeInTransaction(conn -> {
            State state = State.read(conn);
            Instant cutoff = ReceivedWatermark.settledBefore(clock.instant());
            if (!cutoff.isAfter(state.coveredUntil())) {
                return null;
            }
            long added = append(conn, state.coveredUntil(), cutoff);
            // The first load is one sorted insert into an empty table: sorted already.
            long tail = state.rows() == 0 ? 0 : state.tail() + added;
            boolean sort = tail >= Math.max(minTailToSort, state.rows() / 8);
            if (sort) {
                sort(conn);
            }
            new State(cutoff, state.rows() + added, sort ? 0 : tail).write(conn);
            return null;
        });
    }

    /**
     * Runs {@code work} on a connection that may write the copy, one at a time: a catch-up and an erasure
     * would otherwise conflict on the state row, and a catch-up reading a snapshot from before an erasure
     * could copy the erased rows back. One transaction: committed when {@code work} returns, rolled back when
     * it throws.
     */
    synchronized <T> T writeInTransaction(SqlReader.Query<T> work) {
        return warehouse.writeAsideInTransaction(work);
    }

    private static long append(Connection conn, Instant from, Instant to) throws SQLException {
        BoundSql insert = BoundSql.of("INSERT INTO user_listens SELECT " + COLUMNS + " FROM events"
                + " WHERE received_at >= make_timestamp(?) AND received_at < make_timestamp(?) ORDER BY user_id, ts",
                Cursor.micros(from), Cursor.micros(to));
        try (var ps = insert.prepare(conn)) {
            return ps.executeUpdate();
        }
    }

    private static void sort(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE user_listens AS SELECT * FROM user_listens ORDER BY user_id, ts");
        }
    }

    /** Where the copy stands: events received before {@code coveredUntil} are in it. */
    private record State(Instant coveredUntil, long rows, long tail) {
        static State read(Connection conn) throws SQLException {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT epoch_us(covered_until), row_count, tail FROM user_listens_state")) {
                rs.next();
                return new State(Cursor.instant(rs.getLong(1)), rs.getLong(2), rs.getLong(3));
            }
        }

        void write(Connection conn) throws SQLException {
            try (var ps = BoundSql.of("UPDATE user_listens_state SET covered_until = make_timestamp(?), row_count = ?,"
                    + " tail = ?", Cursor.micros(coveredUntil), rows, tail).prepare(conn)) {
                ps.executeUpdate();
            }
        }
    }
}
