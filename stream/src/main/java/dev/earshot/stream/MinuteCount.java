package dev.earshot.stream;

/**
 * Plays and distinct listeners of one track, artist or genre in one event-time minute. With allowed lateness a
 * window may be emitted again when a late play arrives: the latest emission for a (dimension, key, minute)
 * supersedes the earlier ones.
 */
public record MinuteCount(String dimension, String key, long minuteStartMillis, long plays, long listeners) {
}
