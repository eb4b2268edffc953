package dev.earshot.stream.export;

import dev.earshot.store.StoredEvent;
import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The events as rows of a BigQuery table with the events table's columns, through the Storage Write API (there is
 * no released BigQuery connector for Flink 2). At-least-once: the default stream, every append acknowledged before a
 * checkpoint completes; copies a restart writes again are removed by event_id downstream (docs/scale-out.md).
 */
public record BigQuerySink(BigQueryTarget target) implements Sink<StoredEvent> {
    @Override
    public SinkWriter<StoredEvent> createWriter(WriterInitContext context) throws IOException {
        return new BigQueryWriter(target);
    }
}
