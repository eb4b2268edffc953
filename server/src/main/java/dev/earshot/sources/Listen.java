package dev.earshot.sources;

import dev.earshot.event.Platform;
import java.time.Instant;

/**
 * One finished (or skipped) listen as a scrobbler submits it: the song, when it started playing (every
 * protocol sends the start), where it was played, and whether the client says it was skipped.
 */
public record Listen(Song song, Instant startedAt, Platform platform, boolean skipped) {
}
