package dev.earshot.simulations;

import java.time.Instant;

/** What a live feed is doing, as GET /v1/simulations shows it. */
public record FeedStatus(String id, String scenario, int users, double rate, long seed, String state,
                         long sent, long accepted, long duplicates, Instant startedAt, String error) {
}
