package dev.earshot.stream.export;

import dev.earshot.store.EventColumns;
import dev.earshot.store.StoredEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.flink.api.connector.sink2.SinkWriter;

/**
 * The shape both warehouse writers share: rows are buffered and handed on as one batch of the {@code events}
 * table's columns ({@link EventColumns}, the mapping the server's own bulk insert uses), every {@code batchRows}
 * rows and at each flush. Flink flushes a sink's writer before it takes a checkpoint (and at the end of input), and
 * {@link #awaitDelivered} blocks until the warehouse has acknowledged every batch: a checkpoint completes only
 * once its rows are written, so a failure replays at most the rows since the last one (at-least-once).
 */
abstract class BatchingWriter implements SinkWriter<StoredEvent> {
    private final BufferAllocator allocator = new RootAllocator();
    private final List<StoredEvent> pending = new ArrayList<>();
    private final int batchRows;

    BatchingWriter(int batchRows) {
        this.batchRows = batchRows;
    }

    /** Sends one batch; the batch is closed when this returns, so copy out what must outlive it. */
    abstract void send(VectorSchemaRoot rows) throws IOException;

    /** Waits until every batch sent so far is acknowledged; throws when one was not. */
    abstract void awaitDelivered() throws IOException;

    /** Releases the connection to the warehouse. */
    abstract void closeTarget() throws Exception;

    @Override
    public final void write(StoredEvent row, Context context) throws IOException {
        pending.add(row);
        if (pending.size() >= batchRows) {
            sendPending();
        }
    }

    @Override
    public final void flush(boolean endOfInput) throws IOException {
        sendPending();
        awaitDelivered();
    }

    @Override
    public final void close() throws Exception {
        try {
            closeTarget();
        } finally {
            allocator.close();
        }
    }

    private void sendPending() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try (VectorSchemaRoot rows = EventColumns.of(allocator, pending)) {
            send(rows);
        }
        pending.clear();
    }
}
