package dev.earshot.stream;

import dev.earshot.event.EventCodec;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A message of the events topic, as the server's Kafka sink writes it (the event's wire JSON, the
 * {@code received_at} and {@code source} headers), back to the event the server accepted. A message that is not one is skipped and
 * counted, never allowed to stop the job; without the header the broker's timestamp stands in for it.
 */
public final class EventDeserializer implements KafkaRecordDeserializationSchema<StoredEvent> {
    private static final long serialVersionUID = 1L;
    private transient EventCodec codec;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<StoredEvent> out) {
        if (codec == null) {
            codec = new EventCodec();
        }
        Header header = record.headers().lastHeader(KafkaSinkSettings.RECEIVED_AT_HEADER);
        Instant receivedAt = header == null ? Instant.ofEpochMilli(record.timestamp())
                : Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
        try {
            out.collect(new StoredEvent(codec.decode(record.value(), receivedAt), receivedAt, null, source(record)));
        } catch (RuntimeException e) {
            Undecodable.count(record, e);
        }
    }

    /**
     * The producer's source header; none (an older server) or not a source leaves it unknown, as rows stored before
     * the column: where an acknowledged event came from never decides whether it is kept.
     */
    private static EventOrigin source(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(KafkaSinkSettings.SOURCE_HEADER);
        String wire = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        return EventOrigin.valid(wire) ? new EventOrigin(wire) : null;
    }

    @Override
    public TypeInformation<StoredEvent> getProducedType() {
        return TypeInformation.of(StoredEvent.class);
    }
}
