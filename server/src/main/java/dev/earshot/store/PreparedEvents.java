package dev.earshot.store;

import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A request's events readied for the writer on the request's own thread: with their Arrow columns when the
 * warehouse takes the columnar path, so that the one writer thread only inserts and commits. Holds off-heap
 * memory until closed: the writer closes it once committed, failed or refused.
 */
public final class PreparedEvents implements AutoCloseable {
    private final List<StoredEvent> events;
    private final VectorSchemaRoot columns;
    private boolean closed;

    PreparedEvents(List<StoredEvent> events, VectorSchemaRoot columns) {
        this.events = events;
        this.columns = columns;
    }

    /** Events with nothing prepared: the warehouse appends them row by row. */
    public static PreparedEvents rows(List<StoredEvent> events) {
        return new PreparedEvents(events, null);
    }

    public List<StoredEvent> events() {
        return events;
    }

    /** The events as columns, or null when they go row by row. */
    VectorSchemaRoot columns() {
        return columns;
    }

    /**
     * Frees the columns, once. A stream DuckDB has not released yet may still hold their buffers: each holder
     * counts its own reference, so this is safe at any time after the insert returned or threw (see
     * {@link BulkInsert#insertBatches}). A failure here is a bug, logged with its trace; the requests are already
     * answered and the one writer thread must outlive it.
     */
    @Override
    public synchronized void close() {
        if (columns == null || closed) {
            return;
        }
        closed = true;
        try {
            columns.close();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PreparedEvents.class).error("releasing a batch's columns failed", e);
        }
    }
}
