package dev.earshot.store;

/**
 * Writes beside the event appends — derived tables (rollups, the per-user copy, Claude's answers), erasure,
 * keys, rules — as jobs of the one writer that owns the database file (DESIGN §4), so they never race the
 * event commits or a checkpoint.
 */
public interface SqlWriter {
    /**
     * Runs {@code work} on the writer's connection, after the writes queued before it, and returns its result. The
     * connection is in auto-commit mode; work that calls {@code setAutoCommit(false)} commits itself, and what it
     * leaves open is committed when it returns. An SQL failure becomes a {@link WarehouseException}, a storage fault
     * a {@link StoreUnavailableException}.
     */
    <T> T writeAside(SqlReader.Query<T> work);

    /**
     * {@link #writeAside}, without waiting: the work runs before any write queued after this call returns (an
     * event commit submitted next lands after it), and the future carries its result or its failure.
     */
    <T> java.util.concurrent.CompletableFuture<T> writeAsideLater(SqlReader.Query<T> work);

    /** {@link #writeAside} as one transaction: committed when {@code work} returns, rolled back when it throws. */
    default <T> T writeAsideInTransaction(SqlReader.Query<T> work) {
        return writeAside(conn -> {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (java.sql.SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        });
    }
}
