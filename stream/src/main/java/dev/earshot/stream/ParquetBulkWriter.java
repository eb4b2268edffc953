package dev.earshot.stream;

import dev.earshot.store.ParquetEvents;
import dev.earshot.store.StoredEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;

/**
 * One part file of the lake: rows are buffered column-wise in an in-memory DuckDB with the events table's schema
 * ({@link ParquetEvents}) and, when the file sink rolls the part (at each checkpoint), written as one Parquet file
 * into the sink's stream. The sink makes the part visible only once that checkpoint completes, so the lake is
 * exactly-once: a failure between checkpoints discards the part and the source replays its events.
 */
final class ParquetBulkWriter implements BulkWriter<StoredEvent> {
    private final FSDataOutputStream out;
    private final ParquetEvents buffer = new ParquetEvents();

    ParquetBulkWriter(FSDataOutputStream out) {
        this.out = out;
    }

    /** Creates one writer per part file; serialisable, as the sink ships it to every parallel instance. */
    static final class Factory implements BulkWriter.Factory<StoredEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public BulkWriter<StoredEvent> create(FSDataOutputStream out) {
            return new ParquetBulkWriter(out);
        }
    }

    @Override
    public void addElement(StoredEvent event) {
        buffer.add(event);
    }

    @Override
    public void flush() {
        // Parquet is written whole at finish(): a flush before that has nothing it could write.
    }

    @Override
    public void finish() throws IOException {
        Path tmp = Files.createTempFile("earshot-lake-", ".parquet");
        try {
            buffer.writeTo(tmp);
            Files.copy(tmp, out);
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
            buffer.close();
        }
    }
}
