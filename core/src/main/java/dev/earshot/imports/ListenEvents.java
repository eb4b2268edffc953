package dev.earshot.imports;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.event.ValidationRules;
import dev.earshot.event.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns one imported listen into the events the simulator would have sent for it: a {@code play} when it
 * started and, when the export says how long it played and whether it was skipped, a {@code skip} or
 * {@code complete} at its end with {@code ms_played}; otherwise the play alone (YouTube Music has no duration;
 * older Spotify years may not say how a play ended), carrying the time played when that is known. The play
 * carries the track's title, artist, album and duration, so the catalog learns them. Event ids are derived from
 * the source, the record's key and the listener, so importing the same file again adds nothing.
 */
public final class ListenEvents {
    /** Imported event ids start so; the source's wire name follows, which tells sources apart when merging. */
    public static final String ID_PREFIX = "imp_";
    static final int MAX_TEXT = 500;
    static final long MAX_MS = 24L * 60 * 60 * 1000;

    private final ValidationRules rules;

    public ListenEvents(ValidationRules rules) {
        this.rules = rules;
    }

    /** What a listen became: its events, or why it cannot be stored. */
    public record Mapped(List<ListenEvent> events, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** The problems that keep this listen out, checked against the server's clock {@code now}; empty when none. */
    public List<Violation> check(ImportedListen l, Instant now) {
        List<Violation> out = new ArrayList<>();
        if (l.startedAt() == null) {
            out.add(new Violation("timestamp", "is missing"));
        } else if (l.startedAt().isAfter(now.plus(rules.maxFutureSkew()))) {
            out.add(new Violation("timestamp", l.startedAt() + " is in the future (server time " + now + ")"));
        } else if (l.startedAt().isBefore(rules.earliest())) {
            out.add(new Violation("timestamp", l.startedAt() + " is before " + rules.earliest()));
        }
        if (l.title() == null || l.title().isBlank()) {
            out.add(new Violation("title", "is missing"));
        }
        text(l.title(), "title", out);
        text(l.artist(), "artist", out);
        text(l.album(), "album", out);
        duration(l.msPlayed(), "ms_played", out);
        duration(l.durationMs(), "duration_ms", out);
        if (l.recordKey() == null || l.recordKey().isEmpty()) {
            out.add(new Violation("record", "has no key (a reader fault)"));
        }
        return out;
    }

    /** The events of a listen that passed {@link #check}, as heard by {@code userId} on track {@code trackId}. */
    public List<ListenEvent> events(ImportedListen l, String userId, String trackId) {
        String id = eventIdBase(l.source(), l.recordKey(), userId);
        Platform platform = l.platform() == null ? Platform.OTHER : l.platform();
        Location location = l.country() == null ? null : new Location(l.country(), null, null);
        TrackMetadata track = new TrackMetadata(l.title(), blankToNull(l.artist()), blankToNull(l.album()),
                l.durationMs(), null, null);
        Instant start = l.startedAt();
        // How it ended unknown (no duration, or no skip flag and nothing to infer one from): the play alone, with the
        // time played when known, rather than a guessed skip or complete.
        Long playedOnPlay = l.skipped() == null ? l.msPlayed() : null;
        ListenEvent play = new ListenEvent(id + "_p", EventType.PLAY, userId, trackId, start, start, platform,
                location, null, 0L, playedOnPlay, l.durationMs(), l.device(), null, track);
        if (l.msPlayed() == null && Boolean.TRUE.equals(l.skipped())) {
            // Skipped, but not after how long (a .scrobbler.log S line): the play and its skip, the skip's position
            // unknown, so the play still counts as skipped without a made-up time played.
            ListenEvent skip = new ListenEvent(id + "_e", EventType.SKIP, userId, trackId, start, start, platform,
                    location, null, null, null, l.durationMs(), l.device(), null, null);
            return List.of(play, skip);
        }
        if (l.msPlayed() == null || l.skipped() == null) {
            return List.of(play);
        }
        EventType end = l.skipped() ? EventType.SKIP : EventType.COMPLETE;
        Instant at = start.plusMillis(l.msPlayed());
        long position = l.durationMs() == null ? l.msPlayed() : Math.min(l.msPlayed(), l.durationMs());
        ListenEvent last = new ListenEvent(id + "_e", end, userId, trackId, at, at, platform, location, null,
                position, l.msPlayed(), l.durationMs(), l.device(), null, null);
        return List.of(play, last);
    }

    /** {@code imp_<source>_<hash of source, record key, listener>}: the same record of the same person, the same id. */
    public static String eventIdBase(ImportFormat source, String recordKey, String userId) {
        String key = source.wire() + "\u0000" + recordKey + "\u0000" + userId;
        return ID_PREFIX + source.wire() + "_" + hash(key);
    }

    /** The source an event id was made for, or null when the event was not imported. */
    public static ImportFormat sourceOf(String eventId) {
        if (!eventId.startsWith(ID_PREFIX)) {
            return null;
        }
        int end = eventId.indexOf('_', ID_PREFIX.length());
        return end < 0 ? null : ImportFormat.fromWire(eventId.substring(ID_PREFIX.length(), end)).orElse(null);
    }

    private static void text(String value, String field, List<Violation> out) {
        if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
            out.add(new Violation(field, "is longer than " + MAX_TEXT + " characters"));
        } else if (value != null && hasControl(value)) {
            out.add(new Violation(field, "contains control characters"));
        }
    }

    /** A loop, not a stream: this runs for three fields of every listen of a history. */
    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void duration(Long value, String field, List<Violation> out) {
        if (value != null && (value < 0 || value > MAX_MS)) {
            out.add(new Violation(field, "must be between 0 and " + MAX_MS + " (24 h), got " + value));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One digest per thread: looking one up for every listen of a history costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private static String hash(String key) {
        byte[] d = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(d, 0, 12);
    }
}
