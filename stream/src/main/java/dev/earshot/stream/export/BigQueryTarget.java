package dev.earshot.stream.export;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.cloud.bigquery.storage.v1.BigQueryWriteSettings;
import com.google.cloud.bigquery.storage.v1.StreamWriter;
import com.google.cloud.bigquery.storage.v1.TableName;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.Serializable;

/**
 * Where the BigQuery sink writes: a table as {@code PROJECT.DATASET.TABLE} (created beforehand with the events
 * table's columns: docs/scale-out.md), the Storage Write API endpoint ({@code null}: Google's, with the task
 * manager's application default credentials; {@code HOST:PORT} with {@code plaintext}: a local server without
 * credentials, as the tests use) and how many rows go in one append.
 */
public record BigQueryTarget(String table, String endpoint, boolean plaintext, int batchRows) implements Serializable {
    public BigQueryTarget {
        checkTable(table);
        if (plaintext && endpoint == null) {
            throw new IllegalArgumentException("a plaintext BigQuery connection needs an endpoint (HOST:PORT)");
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("a BigQuery append must hold at least one row");
        }
    }

    static void checkTable(String table) {
        if (table.split("\\.", -1).length != 3 || table.startsWith(".") || table.endsWith(".") || table.contains("..")
                || table.contains("`")) {
            throw new IllegalArgumentException("the BigQuery table must be PROJECT.DATASET.TABLE: " + table);
        }
    }

    /** The table's default stream: rows are committed as each append is acknowledged. */
    String defaultStream() {
        String[] parts = table.split("\\.");
        return StreamWriter.getDefaultStreamName(TableName.of(parts[0], parts[1], parts[2]));
    }

    BigQueryWriteSettings settings() throws IOException {
        BigQueryWriteSettings.Builder settings = BigQueryWriteSettings.newBuilder();
        if (endpoint != null) {
            settings.setEndpoint(endpoint);
        }
        if (plaintext) {
            settings.setCredentialsProvider(NoCredentialsProvider.create());
            settings.setTransportChannelProvider(BigQueryWriteSettings.defaultGrpcTransportProviderBuilder()
                    .setChannelConfigurator(ManagedChannelBuilder::usePlaintext).build());
        }
        return settings.build();
    }
}
