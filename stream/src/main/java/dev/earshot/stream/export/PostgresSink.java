package dev.earshot.stream.export;

import dev.earshot.store.StoredEvent;
import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The events as rows of a PostgreSQL table with the events table's columns, upserted on the dedupe key. Flink's
 * JDBC connector has no release for Flink 2, hence this small Sink v2 of our own: batches flushed at every
 * checkpoint (at-least-once) into an idempotent upsert, which makes the table's rows exactly-once.
 */
public record PostgresSink(PostgresTarget target) implements Sink<StoredEvent> {
    @Override
    public SinkWriter<StoredEvent> createWriter(WriterInitContext context) throws IOException {
        return new PostgresWriter(target);
    }
}
