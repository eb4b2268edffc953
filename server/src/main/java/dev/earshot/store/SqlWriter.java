package dev.earshot.store;

/**
 * Writes beside the ingest writer, on a connection of their own, for derived tables (rollups, the per-user
 * copy, Claude's answers) and erasure. They never append to {@code events}: that is the ingest writer's alone.
 */
public interface SqlWriter {
    /** Runs {@code work} on its own connection; an SQL failure becomes a {@link WarehouseException}. */
    <T> T writeAside(SqlReader.Query<T> work);
}
