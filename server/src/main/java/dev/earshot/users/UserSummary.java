package dev.earshot.users;

import java.time.Instant;

/** A search hit: a listener with their plays and last event, ever. */
public record UserSummary(String userId, long plays, Instant lastSeen) {
}
