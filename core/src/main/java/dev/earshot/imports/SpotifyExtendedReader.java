package dev.earshot.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.Device;
import dev.earshot.event.Places;
import dev.earshot.event.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spotify's Extended Streaming History: {@code Streaming_History_Audio_*.json} (and {@code _Video_}) of current
 * downloads, {@code endsong_*.json} (and {@code endvideo.json}) of older ones; each a JSON array of plays.
 * Field names and value shapes follow Spotify's "ReadMeFirst" table as quoted by public parsers (e.g.
 * MelissaLaurino/SpotifyStreamingHistory README, jjmarchewitz/dig-music lib/src/play.rs, blog.ortham.net
 * "My Spotify extended streaming history data"): {@code ts} (ISO, UTC, when the stream <em>stopped</em>),
 * {@code ms_played}, {@code platform}, {@code conn_country}, {@code master_metadata_track_name},
 * {@code master_metadata_album_artist_name}, {@code master_metadata_album_album_name},
 * {@code spotify_track_uri}, {@code episode_name}/{@code spotify_episode_uri}, {@code audiobook_title}/
 * {@code audiobook_uri} (since 2023), {@code reason_start}, {@code reason_end}, {@code shuffle},
 * {@code skipped}, {@code offline}, {@code offline_timestamp}, {@code incognito_mode}, and the IP address
 * ({@code ip_addr} or {@code ip_addr_decrypted}) and {@code user_agent_decrypted}, which are never kept — not
 * even in the text of a rejected record.
 *
 * <p>The listen starts at {@code ts − ms_played} (ListenBrainz, Maloja and Koito store {@code ts} as the
 * start). {@code offline_timestamp} comes in seconds, milliseconds, 0, 1 or null across years; it is not a
 * reliable start time, so {@code ts} stands and the field is never a reason to reject.
 */
public final class SpotifyExtendedReader implements ExportReader {
    /** Below this a play does not count as a stream on Spotify; a play this short was skipped. */
    static final long SHORT_PLAY_MS = 30_000;
    /** {@code reason_end} values that mean the listener moved on: next, previous, another row picked. */
    private static final Set<String> SKIP_REASONS = Set.of("fwdbtn", "backbtn", "clickrow");
    private static final Pattern AUDIO_NAME = Pattern.compile("(?i)(streaming_history_audio_.*|endsong(_\\d+)?)\\.json");
    private static final Pattern VIDEO_NAME = Pattern.compile("(?i)(streaming_history_video_.*|endvideo(_\\d+)?)\\.json");
    private static final Set<String> PRIVATE_FIELDS = Set.of("ip_addr", "ip_addr_decrypted", "user_agent_decrypted");

    @Override
    public ImportFormat format() {
        return ImportFormat.SPOTIFY_EXTENDED;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        if (AUDIO_NAME.matcher(baseName).matches() || VIDEO_NAME.matcher(baseName).matches()) {
            return true;
        }
        return JsonRecords.arrayOf(head, "ts", "ms_played");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        boolean videoFile = VIDEO_NAME.matcher(Export.baseName(file)).matches();
        Map<String, Device> devices = new HashMap<>(); // a history has a handful of platform texts, each seen often
        try (InputStream in = entry.open()) {
            JsonRecords.array(in, file, sink, (index, record) -> {
                try {
                    readRecord(record, videoFile, devices, options, sink);
                } catch (BadField e) { // rejected here, not by JsonRecords: the raw record keeps no IP address
                    sink.rejected(file, index, e.field(), e.reason(), withoutPrivateFields(record));
                }
            });
        }
    }

    private static void readRecord(ObjectNode r, boolean videoFile, Map<String, Device> devices, ImportOptions options,
                                   ImportSink sink) {
        Instant end = JsonFields.instant(r, "ts");
        if (end == null) {
            throw new BadField("ts", "is missing");
        }
        long msPlayed = JsonFields.duration(r, "ms_played");
        // What was played decides first: a podcast heard in incognito is still a podcast, never a track.
        if (videoFile) {
            sink.leftOut(LeftOut.VIDEO);
            return;
        }
        if (JsonFields.text(r, "audiobook_uri") != null || JsonFields.text(r, "audiobook_title") != null) {
            sink.leftOut(LeftOut.AUDIOBOOK);
            return;
        }
        if (JsonFields.text(r, "spotify_episode_uri") != null || JsonFields.text(r, "episode_name") != null) {
            sink.leftOut(LeftOut.PODCAST);
            return;
        }
        String title = JsonFields.text(r, "master_metadata_track_name");
        String artist = JsonFields.text(r, "master_metadata_album_artist_name");
        String uri = JsonFields.text(r, "spotify_track_uri");
        if (title == null && artist == null && uri == null) {
            // Spotify writes every name null for an item no longer in its catalogue: counted, not a broken record.
            sink.leftOut(LeftOut.REMOVED);
            return;
        }
        if (title == null) {
            throw new BadField("master_metadata_track_name", "is missing");
        }
        if (Boolean.TRUE.equals(JsonFields.bool(r, "incognito_mode")) && !options.includeIncognito()) {
            sink.leftOut(LeftOut.INCOGNITO);
            return;
        }
        String trackUri = uri != null && uri.startsWith("spotify:track:") ? uri : null;
        Boolean skipped = skipped(JsonFields.bool(r, "skipped"), JsonFields.text(r, "reason_end"), msPlayed);
        String key = r.path("ts").asText() + "|" + msPlayed + "|" + (trackUri != null ? trackUri : artist + "\u0000" + title);
        sink.listen(new ImportedListen(ImportFormat.SPOTIFY_EXTENDED, key, artist, title,
                JsonFields.text(r, "master_metadata_album_album_name"), end.minusMillis(msPlayed), msPlayed, null,
                skipped, Platform.SPOTIFY, Places.country(JsonFields.text(r, "conn_country")),
                device(JsonFields.text(r, "platform"), devices),
                new ImportedListen.SourceIds(trackUri, null, null, null, null)));
    }

    /**
     * Whether the play was a skip. {@code skipped: true} is believed. Older years write null, or false for every
     * play, so the flag's false is not believed against the evidence: a play ended by next/previous/another
     * row within {@value #SHORT_PLAY_MS} ms is a skip. Where the flag is null, a {@code trackdone} end is not a
     * skip (a short interlude that played out), any next/previous/another-row end or any other play shorter
     * than that is one, and anything else (a long play ended by {@code endplay}, {@code logout}, …) is unknown.
     */
    static Boolean skipped(Boolean flag, String reasonEnd, long msPlayed) {
        boolean movedOn = reasonEnd != null && SKIP_REASONS.contains(reasonEnd);
        if (Boolean.TRUE.equals(flag) || (movedOn && msPlayed < SHORT_PLAY_MS)) {
            return true;
        }
        if (flag != null || "trackdone".equals(reasonEnd)) {
            return false;
        }
        return movedOn || msPlayed < SHORT_PLAY_MS ? true : null;
    }

    private static Device device(String platform, Map<String, Device> devices) {
        if (platform == null) {
            return null;
        }
        Device device = devices.get(platform);
        if (device == null && !devices.containsKey(platform)) {
            device = SpotifyPlatforms.device(platform);
            devices.put(platform, device);
        }
        return device;
    }

    private static String withoutPrivateFields(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(PRIVATE_FIELDS);
        return copy.toString();
    }
}
