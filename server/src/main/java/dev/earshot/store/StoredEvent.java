package dev.earshot.store;

import dev.earshot.event.ListenEvent;
import java.time.Instant;

/** A valid event as the warehouse keeps it: the event and when the server received it. */
public record StoredEvent(ListenEvent event, Instant receivedAt) {
}
