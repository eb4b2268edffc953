package dev.earshot.ingest;

import dev.earshot.store.RejectedEvent;
import dev.earshot.store.StoredEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What one ingest request asks the writer to store; {@code done} completes once it is committed. */
record WriteRequest(List<StoredEvent> events, List<RejectedEvent> rejected, CompletableFuture<Void> done) {
    int rows() {
        return events.size() + rejected.size();
    }
}
