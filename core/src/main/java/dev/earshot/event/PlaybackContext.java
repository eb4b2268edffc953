package dev.earshot.event;

/** What the track was played from: a playlist, an album, a radio station, ... and its id when given. */
public record PlaybackContext(ContextType type, String id) {
}
