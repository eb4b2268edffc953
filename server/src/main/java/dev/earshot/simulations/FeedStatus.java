package dev.earshot.simulations;

import java.time.Instant;

/**
 * What a live feed is doing, as GET /v1/simulations shows it. {@code listeners} is {@code "demo"} when the feed
 * replays the demo's listeners, otherwise the namespace of its own listeners' ids ({@code <namespace>-u0, …}).
 * {@code leftOut} counts generated events not sent so that each listener keeps a human pace (at most an hour of
 * music an hour; see HumanPace): {@code rate} is a ceiling, not a promise. {@code catalog} is "shared" (the
 * server's simulated music) or "own".
 */
public record FeedStatus(String id, String scenario, int users, double rate, long seed, String listeners, String state,
                         long sent, long accepted, long duplicates, Instant startedAt, String error, long leftOut,
                         String catalog) {
}
