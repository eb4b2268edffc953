package dev.earshot.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/** Hands batches already in memory to DuckDB, one after the other, without copying their buffers. */
final class BatchStream extends ArrowReader {
    private final Schema schema;
    private final List<VectorSchemaRoot> batches;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int next;

    BatchStream(BufferAllocator allocator, Schema schema, List<VectorSchemaRoot> batches) {
        super(allocator);
        this.schema = schema;
        this.batches = batches;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        if (next == batches.size()) {
            return false;
        }
        try (ArrowRecordBatch batch = new VectorUnloader(batches.get(next++)).getRecordBatch()) {
            new VectorLoader(getVectorSchemaRoot()).load(batch);
        }
        return true;
    }

    /**
     * Closes the stream's own root, once, whichever thread gets here (the releasing one is DuckDB's: see
     * {@link BulkInsert#insertBatches}); the batches stay the caller's. Nothing here reads a source that could fail.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            super.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    protected void closeReadSource() {
    }

    @Override
    protected Schema readSchema() {
        return schema;
    }
}
