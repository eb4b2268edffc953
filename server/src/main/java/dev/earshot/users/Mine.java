package dev.earshot.users;

import dev.earshot.store.BoundSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One listener's rows passing a page's filters, as the common table expression {@code mine} that each per-user
 * question reads ({@link UserRows#mine}). A CTE and not a temporary table: creating one cost ~8 ms of CPU per page
 * at 10M events (its catalog entry and its rows written, then dropped at rollback), more than reading the
 * listener's rows again in each question (~1 ms each: the copy's row groups of other users are skipped by min/max).
 */
record Mine(Connection conn, BoundSql with) {
    /** {@code question}, reading {@code mine}, prepared with the listener's rows before it. */
    PreparedStatement prepare(BoundSql question) throws SQLException {
        return with.then(question).prepare(conn);
    }
}
