package dev.earshot.stream;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Messages of the events topic that were not an event: logged (the first few) and counted, then skipped. */
final class Undecodable {
    private static final Logger LOG = LoggerFactory.getLogger(Undecodable.class);
    private static final AtomicLong COUNT = new AtomicLong();

    private Undecodable() {
    }

    static void count(ConsumerRecord<byte[], byte[]> record, RuntimeException why) {
        if (COUNT.incrementAndGet() <= 10) {
            LOG.warn("skipping message {}-{}@{}: not an event ({})", record.topic(), record.partition(),
                    record.offset(), why.getMessage());
        }
    }
}
