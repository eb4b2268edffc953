package dev.earshot.stream.export;

import com.google.api.core.ApiFuture;
import com.google.cloud.bigquery.storage.v1.AppendRowsResponse;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteClient;
import com.google.cloud.bigquery.storage.v1.StreamWriter;
import dev.earshot.store.EventColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;

/**
 * Appends each batch to the table's default stream as an Arrow record batch of the events table's columns (the
 * Write API takes Arrow as it is: no per-row conversion). Appends are pipelined; before each checkpoint every one
 * must be acknowledged, and a refused one fails the checkpoint, so the job restarts from the last one and sends
 * those rows again (at-least-once: a replay can write a row twice; docs/scale-out.md gives the dedupe view).
 */
final class BigQueryWriter extends BatchingWriter {
    private final BigQueryWriteClient client;
    private final StreamWriter stream;
    private final List<ApiFuture<AppendRowsResponse>> inFlight = new ArrayList<>();

    BigQueryWriter(BigQueryTarget target) throws IOException {
        super(target.batchRows());
        client = BigQueryWriteClient.create(target.settings());
        try {
            stream = StreamWriter.newBuilder(target.defaultStream(), client)
                    .setWriterSchema(EventColumns.SCHEMA)
                    .setTraceId("earshot:stream")
                    .build();
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    void send(VectorSchemaRoot rows) {
        // The batch is serialised inside append, so it can be released right after.
        try (ArrowRecordBatch batch = new VectorUnloader(rows).getRecordBatch()) {
            inFlight.add(stream.append(batch));
        }
    }

    @Override
    void awaitDelivered() throws IOException {
        try {
            for (ApiFuture<AppendRowsResponse> append : inFlight) {
                AppendRowsResponse response = append.get();
                if (response.hasError()) {
                    throw new IOException("BigQuery refused an append: " + response.getError().getMessage());
                }
            }
        } catch (ExecutionException e) {
            throw new IOException("BigQuery refused an append", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for BigQuery", e);
        } finally {
            inFlight.clear();
        }
    }

    @Override
    void closeTarget() {
        try {
            stream.close();
        } finally {
            client.close();
        }
    }
}
