package dev.earshot.ingest;

import java.time.Duration;
import java.util.Properties;

/**
 * Where the Kafka sink produces: {@code bootstrap} (HOST:PORT[,…]) and {@code topic}. {@code ackTimeout} is the
 * server's own wait for an acknowledgement; the producer is told to give up a little before it, so that an
 * unreachable broker is answered 503 by the producer's own failure rather than by the request's deadline.
 */
public record KafkaSinkSettings(String bootstrap, String topic, Duration ackTimeout) {
    /** The events topic when none is named: what `serve --sink kafka` produces to and the stream job reads. */
    public static final String DEFAULT_TOPIC = "listen-events";
    /** The header carrying when the server received the event (ISO-8601 UTC), beside the event's wire JSON. */
    public static final String RECEIVED_AT_HEADER = "received_at";
    /** The header carrying where the event came from ({@code store.EventOrigin}: api, simulation, import:…, a protocol). */
    public static final String SOURCE_HEADER = "source";

    public KafkaSinkSettings {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("the Kafka sink needs --kafka-bootstrap HOST:PORT");
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("the Kafka sink needs --kafka-topic NAME");
        }
    }

    /**
     * Idempotent and {@code acks=all}: a retried batch is written once, and an acknowledgement means every in-sync
     * replica has the events, which is what the HTTP answer promises.
     */
    Properties producerProperties() {
        long deliveryMs = Math.max(ackTimeout.toMillis() - 500, 2_000);
        long requestMs = Math.min(deliveryMs - 10, 10_000);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("max.in.flight.requests.per.connection", "5");
        p.put("linger.ms", "2");
        p.put("compression.type", "lz4");
        p.put("request.timeout.ms", Long.toString(requestMs));
        p.put("delivery.timeout.ms", Long.toString(deliveryMs));
        // How long send() may wait for the topic's metadata; the rest of the deadline goes to delivery.
        p.put("max.block.ms", Long.toString(Math.min(deliveryMs, 5_000)));
        p.put("key.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        p.put("client.id", "earshot-ingest");
        return p;
    }
}
