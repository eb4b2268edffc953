package dev.earshot.simulations;

import java.time.Instant;

/**
 * What a live feed is doing, as GET /v1/simulations shows it. {@code listeners} is {@code "demo"} when the feed
 * replays the demo's listeners, otherwise the namespace of its own listeners' ids ({@code <namespace>-u0, …}).
 */
public record FeedStatus(String id, String scenario, int users, double rate, long seed, String listeners, String state,
                         long sent, long accepted, long duplicates, Instant startedAt, String error) {
}
