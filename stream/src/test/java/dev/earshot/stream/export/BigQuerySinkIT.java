package dev.earshot.stream.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.EventColumns;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BigQuery sink on a Flink MiniCluster against a Storage Write service on loopback (the library's own stubs,
 * no credentials): the appends carry the events table's columns as Arrow, to the table's default stream, and decode
 * to the events table's rows; a refused append fails the job instead of losing its rows.
 */
class BigQuerySinkIT {
    private static final String TABLE = "earshot-test.listening.events";

    @TempDir
    Path dir;

    @Test
    void appendsTheEventsTableRowsToTheDefaultStream() throws Exception {
        List<StoredEvent> events = ExportRows.events(700, 5);
        try (BigQueryWriteServer bigquery = BigQueryWriteServer.accepting()) {
            write(events, new BigQueryTarget(TABLE, bigquery.endpoint(), true, 64));

            assertThat(bigquery.rows()).containsExactlyElementsOf(ExportRows.expected(events, dir));
            assertThat(bigquery.streams()).isNotEmpty()
                    .allMatch("projects/earshot-test/datasets/listening/tables/events/_default"::equals);
            assertThat(bigquery.schemas()).isNotEmpty().allMatch(EventColumns.SCHEMA::equals);
        }
    }

    @Test
    void aRefusedAppendFailsTheJob() throws Exception {
        try (BigQueryWriteServer bigquery = BigQueryWriteServer.refusing()) {
            assertThatThrownBy(() -> write(ExportRows.events(10, 6), new BigQueryTarget(TABLE, bigquery.endpoint(),
                    true, 64))).hasStackTraceContaining("BigQuery refused an append");
        }
    }

    private static void write(List<StoredEvent> events, BigQueryTarget target) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, new Configuration());
        env.fromData(events).sinkTo(new BigQuerySink(target)).name("bigquery");
        env.execute("bigquery-sink-test");
    }
}
