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
                closeQuietly(allocator);
            }
            LOG.warn("the columnar write path is off, events go through the slower Appender: start Java with"
                    + " --add-opens=java.base/java.nio=ALL-UNNAMED ({})", e.toString());
            return Optional.empty();
        }
    }

    /** The failed probe may leave a few bytes that the allocator's close reports as a leak: not a reason to stop. */
    private static void closeQuietly(BufferAllocator allocator) {
        try {
            allocator.close();
        } catch (RuntimeException e) {
            LOG.debug("closing the probe's allocator: {}", e.toString());
        }
    }

    /** Arrow columns of {@code events}, built on the calling thread; the caller closes them. */
    VectorSchemaRoot columns(List<StoredEvent> events) {
        return EventColumns.of(allocator, events);
    }

    /**
     * Inserts batches from {@link #columns} on {@code writer}, in one statement; commits nothing and leaves the
     * batches to the caller, who may close them as soon as this returns or throws.
     *
     * <p>Who owns what (Arrow C stream interface, DuckDB JDBC 1.4): the exported stream owns its reader (releasing
     * the stream closes the reader). {@code registerArrowStream} only records the stream's address; the scan takes
     * the stream over when it starts (DuckDB copies the struct and clears our release callback) and releases it
     * when its scan state dies — after a failed statement that is often on one of DuckDB's own threads, after
     * {@code execute} has already thrown here (seen in about a quarter of failed inserts here). So this method
     * never closes the reader itself: it releases the stream only when DuckDB never took it. Closing it here as
     * well raced DuckDB's release on the same vectors and freed their buffers twice, and since the reader shares
     * those buffers with the caller's batches, the count went negative when the writer freed its batches.
     */
    void insertBatches(DuckDBConnection writer, List<VectorSchemaRoot> batches) throws SQLException {
        ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator);
        try {
            Data.exportArrayStream(allocator, new BatchStream(allocator, EventColumns.SCHEMA, batches), stream);
            try (Statement st = writer.createStatement()) {
                register(writer, stream);
                st.execute(INSERT);
            }
        } finally {
            stream.release(); // a no-op once DuckDB has taken the stream: its release callback is cleared then
            stream.close();
        }
    }

    /** Off-heap bytes held now: batches not yet closed, and streams DuckDB has not released yet. */
    long allocatedBytes() {
        return allocator.getAllocatedMemory();
    }

    /** The driver wraps a closed or failed connection's SQLException; unwrapped, the writer judges the fault. */
    private static void register(DuckDBConnection writer, ArrowArrayStream stream) throws SQLException {
        try {
            writer.registerArrowStream(STREAM, stream);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
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
