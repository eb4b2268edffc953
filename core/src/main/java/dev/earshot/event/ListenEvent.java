package dev.earshot.event;

import java.time.Instant;

/**
 * One valid listening event, as stored. {@code timestamp} is in UTC and already corrected for client clock
 * skew when the client sent {@code sent_at}; {@code deviceTimestamp} then keeps the time the device claimed,
 * and is the same as {@code timestamp} otherwise (null given for it means exactly that). Optional parts are
 * null when the client did not send them.
 */
public record ListenEvent(
        String eventId,
        EventType eventType,
        String userId,
        String trackId,
        Instant timestamp,
        Instant deviceTimestamp,
        Platform platform,
        Location location,
        String sessionId,
        Long positionMs,
        Long msPlayed,
        Long durationMs,
        Device device,
        PlaybackContext context,
        TrackMetadata track) {

    public ListenEvent {
        deviceTimestamp = deviceTimestamp == null ? timestamp : deviceTimestamp;
    }
}
