package dev.earshot.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Read-only SQL against the warehouse for the features that ask their own questions (analytics, profiles,
 * segments, model training). Each call gets a connection of its own, so callers on any thread never share one.
 */
public interface SqlReader {

    /** A unit of read work on a connection that is closed after it returns. */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection conn) throws SQLException;
    }

    /** Runs {@code query}; an SQL failure becomes a {@link WarehouseException}. */
    <T> T read(Query<T> query);
}
