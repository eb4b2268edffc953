package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import org.apache.flink.api.common.serialization.SerializationSchema;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * The real source and sinks: the events topic the servers produce to, the output topics, and the Parquet lake
 * under {@code lake}/events/dt=YYYY-MM-DD/. Output topics are at-least-once (their consumers dedupe by event_id
 * or take a window's latest count); the lake is exactly-once through the file sink's commit on checkpoint.
 */
public record KafkaWiring(String bootstrap, Topics topics, String lake) {

    /** The topic names: events in; enriched, late, per-minute counts and sessions out. */
    public record Topics(String events, String enriched, String late, String minutes, String sessions) {
        public static Topics from(String events) {
            return new Topics(events, events + "-enriched", events + "-late", events + "-minutes", events + "-sessions");
        }
    }

    /** Reads the events topic from the committed offsets (earliest the first time); {@code bounded}: up to now. */
    public KafkaSource<StoredEvent> source(String groupId, boolean bounded) {
        var builder = KafkaSource.<StoredEvent>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topics.events())
                .setGroupId(groupId)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(
                        org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                .setDeserializer(new EventDeserializer());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    public JobSinks sinks() {
        return new JobSinks(
                topic(topics.enriched(), JsonRecords.enrichedKey(), JsonRecords.enrichedValue()),
                topic(topics.late(), JsonRecords.enrichedKey(), JsonRecords.enrichedValue()),
                topic(topics.minutes(), JsonRecords.minuteKey(), JsonRecords.minuteValue()),
                topic(topics.sessions(), JsonRecords.sessionKey(), JsonRecords.sessionValue()),
                lake(lake), List.of());
    }

    /** The Parquet lake: a part file per bucket and parallel instance per checkpoint, visible once it completes. */
    public static Sink<StoredEvent> lake(String dir) {
        String base = dir.contains("://") ? dir : Path.of(dir).toAbsolutePath().toUri().toString();
        return FileSink.forBulkFormat(new org.apache.flink.core.fs.Path(base + "/events"), new ParquetBulkWriter.Factory())
                .withBucketAssigner(new DayBuckets())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build())
                .build();
    }

    private <T> Sink<T> topic(String name, SerializationSchema<T> key, SerializationSchema<T> value) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(bootstrap)
                .setRecordSerializer(KafkaRecordSerializationSchema.<T>builder()
                        .setTopic(name)
                        .setKeySerializationSchema(key)
                        .setValueSerializationSchema(value)
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
