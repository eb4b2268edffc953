package dev.earshot.store;

import dev.earshot.event.Violation;
import java.time.Instant;
import java.util.List;

/**
 * An event we refused, kept so that nothing sent is silently dropped: the raw text as sent, its position in
 * the request, the reasons, and a kind ({@code malformed} when it was not JSON, else {@code invalid}).
 */
public record RejectedEvent(Instant receivedAt, String requestId, int index, String eventId, String raw,
                            String kind, List<Violation> violations) {
}
