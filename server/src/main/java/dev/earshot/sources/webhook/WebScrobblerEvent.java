package dev.earshot.sources.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.event.Platform;
import dev.earshot.event.PlatformHints;
import dev.earshot.sources.Listen;
import dev.earshot.sources.ListenTimes;
import dev.earshot.sources.SongCheck;
import dev.earshot.sources.Song;
import dev.earshot.web.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of Web Scrobbler's webhook (src/core/scrobbler/webhook-scrobbler.ts): {@code eventName}, the
 * browser's {@code time} in ms, and {@code data.song} (or {@code data.songs} for a scrobble) as the extension
 * serialises its song: {@code processed} names before {@code parsed} ones, duration in seconds,
 * {@code metadata.startTimestamp} in seconds, the connector that names the service.
 */
record WebScrobblerEvent(String name, Instant time, List<SongAt> songs, boolean loved) {

    /** A song with where it played and when it started. */
    record SongAt(Song song, Platform platform, Instant startedAt) {
        Listen listen() {
            return new Listen(song, startedAt, platform, false);
        }
    }

    static WebScrobblerEvent read(JsonNode root, Instant now) {
        if (root == null || !root.isObject() || !root.path("eventName").isTextual()) {
            throw bad("the body must be a Web Scrobbler webhook event with an eventName");
        }
        JsonNode time = root.path("time");
        Instant at = time.isNumber() ? checked(Math.floorDiv(time.asLong(), 1000L), "time", now)
                .plusMillis(Math.floorMod(time.asLong(), 1000L)) : now;
        JsonNode data = root.path("data");
        List<SongAt> songs = new ArrayList<>();
        if (data.path("songs").isArray() && !data.path("songs").isEmpty()) {
            data.path("songs").forEach(s -> songs.add(song(s, at, now)));
        } else if (data.path("song").isObject()) {
            songs.add(song(data.path("song"), at, now));
        }
        return new WebScrobblerEvent(root.path("eventName").asText(), at, songs, data.path("isLoved").asBoolean(false));
    }

    /** {@code seconds} as an instant, refused when no listen can have happened then (an absurd number included). */
    private static Instant checked(long seconds, String field, Instant now) {
        String why = ListenTimes.problem(seconds, now);
        if (why != null) {
            throw bad(field + ": " + why);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static SongAt song(JsonNode s, Instant fallbackStart, Instant now) {
        JsonNode processed = s.path("processed");
        JsonNode parsed = s.path("parsed");
        String artist = either(processed, parsed, "artist");
        String title = either(processed, parsed, "track");
        JsonNode seconds = parsed.path("duration").isNumber() ? parsed.path("duration") : processed.path("duration");
        Long durationMs = seconds.isNumber() && seconds.asDouble() > 0 ? Math.round(seconds.asDouble() * 1000) : null;
        Song song = new Song(artist, title, either(processed, parsed, "album"), durationMs, null);
        String why = SongCheck.problem(song);
        if (why != null) {
            throw bad("the song cannot be stored: " + why);
        }
        JsonNode start = s.path("metadata").path("startTimestamp");
        Instant startedAt = start.isNumber() && start.asLong() > 0 ? checked(start.asLong(), "startTimestamp", now)
                : fallbackStart;
        JsonNode connector = s.path("connector");
        Platform platform = PlatformHints.of(connector.path("id").asText(null), connector.path("label").asText(null),
                parsed.path("originUrl").asText(null), s.path("metadata").path("label").asText(null));
        return new SongAt(song, platform, startedAt);
    }

    /** The extension's own rule (song.ts getArtist/getTrack): the processed (corrected) value, else the parsed one. */
    private static String either(JsonNode processed, JsonNode parsed, String field) {
        String p = processed.path(field).isTextual() ? processed.path(field).asText() : null;
        if (p != null && !p.isEmpty()) {
            return p;
        }
        return parsed.path(field).isTextual() ? parsed.path(field).asText() : null;
    }

    static ApiException bad(String message) {
        return new ApiException(400, "invalid_webhook", message);
    }
}
