package dev.earshot.sources.listenbrainz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.event.JsonErrors;
import dev.earshot.event.Platform;
import dev.earshot.event.PlatformHints;
import dev.earshot.sources.Listen;
import dev.earshot.sources.RefusedException;
import dev.earshot.sources.Song;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code POST submit-listens} body read with ListenBrainz's own rules (listenbrainz/webserver/views/api_tools.py):
 * {@code listen_type} single, import or playing_now; one listen for single and playing_now, at most 1,000 for
 * import; each listen at most 10,240 bytes; {@code listened_at} a Unix second after 2002-10-01 and at most an
 * hour ahead, and absent on playing_now; artist and track names present; no NUL anywhere. Any broken listen
 * refuses the whole request, as ListenBrainz does.
 */
record Submission(String listenType, List<Listen> listens, List<Song> playingNow, List<Platform> playingNowPlatforms) {
    static final int MAX_LISTENS = 1000;
    static final int MAX_LISTEN_BYTES = 10_240;
    static final long LISTEN_MINIMUM_TS = 1_033_410_600L;
    static final Duration MAX_FUTURE = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Submission parse(byte[] body, Instant now) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.contains("\\u0000")) {
            throw bad("Do not send NUL characters in the listen data.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw bad("Cannot parse JSON document: " + JsonErrors.describe(e));
        } catch (IOException e) {
            throw bad("Cannot parse JSON document.");
        }
        if (root == null || !root.isObject()) {
            throw bad("Cannot parse JSON document: expected an object.");
        }
        String type = root.path("listen_type").asText(null);
        if (type == null || !(type.equals("single") || type.equals("import") || type.equals("playing_now"))) {
            throw bad("JSON document must contain listen_type: one of single, import, playing_now.");
        }
        JsonNode payload = root.path("payload");
        if (!payload.isArray() || payload.isEmpty()) {
            throw bad("JSON document must contain a payload: a non-empty list of listens.");
        }
        if (!type.equals("import") && payload.size() != 1) {
            throw bad("JSON document should contain exactly one listen for listen_type " + type + ".");
        }
        if (payload.size() > MAX_LISTENS) {
            throw bad("Too many listens. You have submitted " + payload.size() + " listens, the maximum is "
                    + MAX_LISTENS + ".");
        }
        List<Listen> listens = new ArrayList<>();
        List<Song> playing = new ArrayList<>();
        List<Platform> platforms = new ArrayList<>();
        for (JsonNode listen : payload) {
            if (listen.toString().getBytes(StandardCharsets.UTF_8).length > MAX_LISTEN_BYTES) {
                throw bad("JSON document is too large. A listen may not be larger than " + MAX_LISTEN_BYTES
                        + " bytes.");
            }
            ListenFields f = ListenFields.read(listen);
            if (type.equals("playing_now")) {
                if (listen.has("listened_at")) {
                    throw bad("JSON document must not contain listened_at while submitting playing_now.");
                }
                playing.add(f.song());
                platforms.add(f.platform());
            } else {
                listens.add(new Listen(f.song(), listenedAt(listen.path("listened_at"), now), f.platform(), false));
            }
        }
        return new Submission(type, listens, playing, platforms);
    }

    private static Instant listenedAt(JsonNode value, Instant now) {
        if (value.isMissingNode() || value.isNull()) {
            throw bad("JSON document must contain the key listened_at at the top level.");
        }
        if (!value.canConvertToLong() || !(value.isIntegralNumber() || value.isTextual())) {
            throw bad("Value for key listened_at is not an integer.");
        }
        long seconds = value.asLong();
        if (seconds < LISTEN_MINIMUM_TS) {
            throw bad("Value for key listened_at is too low. listened_at timestamp should be greater than "
                    + LISTEN_MINIMUM_TS + " (2002-10-01 00:00:00 UTC).");
        }
        if (seconds > now.plus(MAX_FUTURE).getEpochSecond()) {
            throw bad("Value for key listened_at is too high: it is more than an hour in the future.");
        }
        return Instant.ofEpochSecond(seconds);
    }

    static RefusedException bad(String message) {
        return new RefusedException(400, message);
    }

    /** The parts of one listen this server keeps: the song and where it was played. */
    record ListenFields(Song song, Platform platform) {
        static ListenFields read(JsonNode listen) {
            JsonNode meta = listen.path("track_metadata");
            if (!meta.isObject()) {
                throw bad("JSON document must contain the key track_metadata at the top level.");
            }
            String artist = text(meta, "artist_name");
            String track = text(meta, "track_name");
            if (artist == null || artist.isBlank()) {
                throw bad("JSON document does not contain required track_metadata.artist_name.");
            }
            if (track == null || track.isBlank()) {
                throw bad("JSON document does not contain required track_metadata.track_name.");
            }
            JsonNode info = meta.path("additional_info");
            Song song = new Song(artist, track, text(meta, "release_name"), durationMs(info),
                    text(info, "recording_mbid"));
            String why = dev.earshot.sources.SongCheck.problem(song);
            if (why != null) {
                throw bad("Invalid listen: " + why + ".");
            }
            Platform platform = PlatformHints.of(text(info, "music_service"), text(info, "music_service_name"),
                    text(info, "origin_url"), text(info, "spotify_id"));
            return new ListenFields(song, platform);
        }

        /** {@code duration_ms}, or {@code duration} in seconds (Web Scrobbler sends that one). */
        private static Long durationMs(JsonNode info) {
            JsonNode ms = info.path("duration_ms");
            if (ms.isNumber() && ms.asLong() > 0) {
                return ms.asLong();
            }
            JsonNode s = info.path("duration");
            return s.isNumber() && s.asDouble() > 0 ? Math.round(s.asDouble() * 1000) : null;
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.path(field);
            return v.isTextual() ? v.asText() : null;
        }
    }
}
