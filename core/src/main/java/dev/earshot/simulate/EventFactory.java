package dev.earshot.simulate;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import java.time.Instant;

/**
 * Builds one listener's events. Event ids are the run's seed, the user and a per-user sequence number
 * ("sim42_u123_000017"), so they are unique, stable across runs and independent of the wall clock.
 */
final class EventFactory {
    private final SimUser user;
    private final String idPrefix;
    private final boolean inlineMetadata;
    private long sequence;

    EventFactory(long seed, SimUser user, boolean inlineMetadata) {
        this.user = user;
        this.idPrefix = "sim" + seed + "_" + user.id() + "_";
        this.inlineMetadata = inlineMetadata;
    }

    ListenEvent event(EventType type, SimTrack t, long millis, long positionMs, Long msPlayed, Session s) {
        return new ListenEvent(nextId(), type, user.id(), t.id(user.platform()), Instant.ofEpochMilli(millis), null,
                user.platform(), user.city().location(), s.id(), positionMs, msPlayed, t.durationMs(), s.device(),
                s.playback(), inlineMetadata ? t.metadata() : null);
    }

    private String nextId() {
        String n = Long.toString(++sequence);
        StringBuilder id = new StringBuilder(idPrefix.length() + Math.max(6, n.length())).append(idPrefix);
        for (int i = n.length(); i < 6; i++) {
            id.append('0');
        }
        return id.append(n).toString();
    }
}
