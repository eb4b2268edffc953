package dev.earshot.sources;

import dev.earshot.event.Platform;
import java.time.Instant;

/**
 * One finished (or skipped) listen as a scrobbler submits it: the song, when it started playing (every
 * protocol sends the start), where it was played, whether the client says it was skipped, and whether it says
 * the listener loved it (AudioScrobbler 1.2 submits a love with the listen).
 */
public record Listen(Song song, Instant startedAt, Platform platform, boolean skipped, boolean loved) {
    public Listen(Song song, Instant startedAt, Platform platform, boolean skipped) {
        this(song, startedAt, platform, skipped, false);
    }
}
