package dev.earshot.ingest;

import dev.earshot.store.RejectedEvent;
import dev.earshot.store.StoredEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where accepted events go once validated and deduplicated: the embedded warehouse ({@link GroupCommitWriter},
 * the default) or a Kafka topic for the scale-out path. The future completes only when the events are durable
 * there (committed, or acknowledged by every in-sync replica), and fails otherwise: a request is never answered
 * before that.
 */
public interface IngestSink {
    CompletableFuture<Void> submit(List<StoredEvent> events, List<RejectedEvent> rejected);
}
