package dev.earshot.auth;

/**
 * What is left of a key's rate limit after a request it made: the scrobbler protocols send it back in their own
 * headers (ListenBrainz puts {@code X-RateLimit-*} on every answer, and clients pace themselves by it).
 */
public record RateBudget(int limit, long remaining, long resetInSeconds) {
}
