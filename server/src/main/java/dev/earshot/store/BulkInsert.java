package dev.earshot.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columnar write path: a group's events as Arrow columns, registered on the writer's connection as a
 * stream and inserted with one statement, in the writer's open transaction. DuckDB converts whole vectors
 * natively, where the Appender costs a Java call and a bounds check per value (DESIGN §6).
 */
final class BulkInsert implements AutoCloseable {
    private static final String STREAM = "earshot_incoming_events";
    private static final String INSERT = "INSERT INTO events BY NAME SELECT * FROM " + STREAM;

    private static final Logger LOG = LoggerFactory.getLogger(BulkInsert.class);

    private final BufferAllocator allocator;

    private BulkInsert(BufferAllocator allocator) {
        this.allocator = allocator;
    }

    /**
     * The bulk path, or empty when this JVM cannot give Arrow its off-heap memory: Java 17 needs
     * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the jar's manifest says so for {@code java -jar}); the
     * caller then keeps the Appender, slower but the same rows.
     */
    static Optional<BulkInsert> open() {
        BufferAllocator allocator = null;
        try {
            allocator = new RootAllocator();
            ArrowArrayStream.allocateNew(allocator).close();
            return Optional.of(new BulkInsert(allocator));
        } catch (RuntimeException | LinkageError e) {
            if (allocator != null) {
                allocator.close();
            }
            LOG.warn("the columnar write path is off, events go through the slower Appender: start Java with"
                    + " --add-opens=java.base/java.nio=ALL-UNNAMED ({})", e.toString());
            return Optional.empty();
        }
    }

    /** Arrow columns of {@code events}, built on the calling thread; the caller closes them. */
    VectorSchemaRoot columns(List<StoredEvent> events) {
        return EventColumns.of(allocator, events);
    }

    /** Inserts batches from {@link #columns} on {@code writer}, in one statement; commits nothing, closes nothing. */
    void insertBatches(DuckDBConnection writer, List<VectorSchemaRoot> batches) throws SQLException {
        try (BatchStream reader = new BatchStream(allocator, EventColumns.SCHEMA, batches);
             ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator);
             Statement st = writer.createStatement()) {
            Data.exportArrayStream(allocator, reader, stream);
            writer.registerArrowStream(STREAM, stream);
            st.execute(INSERT);
        }
    }

    @Override
    public void close() {
        try {
            allocator.close();
        } catch (IllegalStateException e) {
            // Columns still held by a request that raced the shutdown: the process is ending, say so and go on.
            LOG.warn("closing the columnar write path with columns still held: {}", e.getMessage());
        }
    }
}
