package dev.earshot.ingest;

import dev.earshot.store.RejectedEvent;
import dev.earshot.store.PreparedEvents;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What one ingest request asks the writer to store, its events readied on the request's thread; {@code done}
 * completes once it is committed.
 */
record WriteRequest(PreparedEvents events, List<RejectedEvent> rejected, CompletableFuture<Void> done) {
    int rows() {
        return events.events().size() + rejected.size();
    }
}
