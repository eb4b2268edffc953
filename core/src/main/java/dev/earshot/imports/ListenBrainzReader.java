package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.Platform;
import dev.earshot.event.PlatformHints;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * ListenBrainz's own export. The zip of today (metabrainz/listenbrainz-server,
 * listenbrainz/background/export.py) holds {@code user.json}, {@code listens/YYYY/M.jsonl} with one listen per
 * line ({@code listened_at} and {@code inserted_at} in seconds, {@code track_metadata} with
 * {@code additional_info}, the server's {@code mbid_mapping} or null, and {@code recording_msid}) and feedback
 * files that are not listens; the older export ({@code <user>_lb-YYYY-MM-DD.json}) is one JSON array of the
 * same listens with {@code recording_msid} beside {@code track_metadata}. {@code listened_at} is the start of the
 * listen (ListenBrainz asks clients for the playback start time).
 */
public final class ListenBrainzReader implements ExportReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.LISTENBRAINZ;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String h = head.stripLeading();
        if (!h.contains("\"track_metadata\"") || !h.contains("\"listened_at\"")) {
            return false;
        }
        return h.startsWith("{") && baseName.toLowerCase(Locale.ROOT).endsWith(".jsonl") || h.startsWith("[");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        JsonRecords.Handler handler = (index, record) -> sink.listen(listen(record));
        // A .jsonl is read line by line even when its first line is broken; other names are sniffed.
        if (!file.toLowerCase(Locale.ROOT).endsWith(".jsonl") && startsWithArray(entry)) {
            try (InputStream in = entry.open(); JsonParser p = JsonRecords.parser(in)) {
                JsonRecords.first(p, file);
                JsonRecords.array(p, file, 0, sink, handler);
            } catch (JsonRecords.Broken ignored) {
                // reported; the records before the break are in
            }
            return;
        }
        try (InputStream in = entry.open()) {
            JsonRecords.lines(in, file, sink, handler);
        }
    }

    private static boolean startsWithArray(ExportEntry entry) throws IOException {
        try (InputStream in = entry.open()) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '[') {
                    return true;
                }
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return false;
                }
            }
            return false;
        }
    }

    static ImportedListen listen(ObjectNode r) {
        Instant at = JsonFields.epochSeconds(r, "listened_at", "listened_at");
        if (at == null) {
            throw new BadField("listened_at", "is missing (a listen without a time; ListenBrainz's playing-now entries have none)");
        }
        ObjectNode meta = JsonFields.object(r, "track_metadata", "track_metadata");
        if (meta == null) {
            throw new BadField("track_metadata", "is missing");
        }
        String artist = JsonFields.requiredText(meta, "artist_name", "track_metadata.artist_name");
        String title = JsonFields.requiredText(meta, "track_name", "track_metadata.track_name");
        String album = JsonFields.text(meta, "release_name", "track_metadata.release_name");
        ObjectNode info = lenientObject(meta, "additional_info");
        ObjectNode mapping = lenientObject(meta, "mbid_mapping");

        // additional_info is free-form: a client's odd value in it is unknown, never a reason to lose the listen.
        Long durationMs = positive(lenientWhole(info, "duration_ms"));
        if (durationMs == null) {
            durationMs = lenientSecondsMs(info, "duration");
        }
        Long msPlayed = lenientSecondsMs(info, "duration_played");
        String originUrl = lenientText(info, "origin_url");
        String mbid = ScrobbleIds.mbid(lenientText(info, "recording_mbid"));
        if (mbid == null) {
            mbid = ScrobbleIds.mbid(lenientText(mapping, "recording_mbid"));
        }
        String spotify = ScrobbleIds.spotifyUri(lenientText(info, "spotify_id"));
        if (spotify == null) {
            spotify = ScrobbleIds.spotifyUri(originUrl);
        }
        ImportedListen.SourceIds ids = new ImportedListen.SourceIds(spotify, ScrobbleIds.isrc(lenientText(info, "isrc")),
                mbid, ScrobbleIds.youtubeVideoId(originUrl), ScrobbleIds.appleMusicId(originUrl));

        String service = lenientText(info, "music_service");
        String serviceName = lenientText(info, "music_service_name");
        // No hint at all is a local player whose service is unknown; an unrecognised one is another service.
        Platform platform = blank(service) && blank(serviceName) && blank(originUrl) ? null
                : PlatformHints.of(service, serviceName, originUrl);

        String msid = lenientText(r, "recording_msid");
        if (msid == null) {
            msid = lenientText(meta, "recording_msid");
        }
        if (msid == null) {
            msid = lenientText(info, "recording_msid");
        }
        // ListenBrainz keeps one listen per (user, listened_at, recording_msid): the same pair is the same listen.
        String key = at + "|" + (msid != null ? msid : artist + '\u0000' + title);
        return new ImportedListen(ImportFormat.LISTENBRAINZ, key, artist, title, album, at, msPlayed, durationMs,
                null, platform, null, null, ids);
    }

    private static ObjectNode lenientObject(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode o ? o : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String lenientText(ObjectNode parent, String field) {
        try {
            return JsonFields.text(parent, field, field);
        } catch (BadField e) {
            return null;
        }
    }

    private static Long lenientWhole(ObjectNode parent, String field) {
        try {
            return JsonFields.whole(parent, field, field);
        } catch (BadField e) {
            return null;
        }
    }

    private static Long lenientSecondsMs(ObjectNode parent, String field) {
        try {
            return JsonFields.secondsAsMs(parent, field, field);
        } catch (BadField e) {
            return null;
        }
    }

    private static Long positive(Long v) {
        return v == null || v <= 0 ? null : v;
    }
}
