package dev.earshot.ingest;

import dev.earshot.event.EventCodec;
import dev.earshot.store.RejectedEvent;
import dev.earshot.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale-out sink: each accepted event becomes one message on the events topic, keyed by {@code user_id}
 * (so one listener's events stay in order on one partition), its value the event's wire JSON and a header with
 * when the server received it. The future completes only when the broker has acknowledged every message of the
 * request ({@code acks=all}); any failure (broker unreachable, timeout) fails it with
 * {@link OutcomeUnknownException}, since a message may have landed before its acknowledgement was lost: the
 * client sends the events again and the stream job drops the duplicates by {@code event_id}. Refused events stay
 * local: they go to {@code rejected} (the embedded warehouse's {@code rejected_events}), for inspection where the
 * server runs.
 */
public final class KafkaSink implements IngestSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSink.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final IngestSink rejected;

    public KafkaSink(KafkaSinkSettings settings, IngestSink rejected) {
        this.producer = new KafkaProducer<>(settings.producerProperties());
        this.topic = settings.topic();
        this.rejected = rejected;
    }

    @Override
    public CompletableFuture<Void> submit(List<StoredEvent> events, List<RejectedEvent> refused) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(events.size());
        for (StoredEvent stored : events) {
            acks.add(send(stored));
        }
        CompletableFuture<Void> broker = CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                .handle((ok, error) -> {
                    if (error == null) {
                        return null;
                    }
                    // The cause names the client library; the answer must not, so it goes to the log only.
                    LOG.warn("the event broker did not acknowledge {} events", events.size(), error);
                    throw new OutcomeUnknownException("the event broker did not acknowledge the events (unreachable"
                            + " or too slow): they may or may not be in the topic; send them again, the stream job"
                            + " drops the duplicates by event_id");
                });
        return refused.isEmpty() ? broker : CompletableFuture.allOf(rejected.submit(List.of(), refused), broker);
    }

    private CompletableFuture<Void> send(StoredEvent stored) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                stored.event().userId().getBytes(StandardCharsets.UTF_8), EventCodec.encode(stored.event()));
        record.headers().add(KafkaSinkSettings.RECEIVED_AT_HEADER,
                stored.receivedAt().toString().getBytes(StandardCharsets.UTF_8));
        if (stored.source() != null) {
            record.headers().add(KafkaSinkSettings.SOURCE_HEADER, stored.source().wire().getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    @Override
    public void close() {
        producer.close();
    }
}
