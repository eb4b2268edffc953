package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maloja's export ({@code maloja_export_YYYY_MM_DD_HH_MM_SS.json}, krateng/maloja
 * maloja/proccontrol/tasks/export.py): {"maloja": {"export_time": …}, "scrobbles": […]}, each scrobble as
 * maloja/database/sqldb.py's scrobbles_db_to_dict writes it: {@code time} (seconds, the scrobble's time and
 * Maloja's key for it), {@code track} {artists: […], title, album: {artists, albumtitle} or null, length in
 * seconds or null}, {@code duration} (seconds played, or null) and {@code origin} ("client:…"). Maloja credits
 * every artist of a track; they are joined with ", " into one credit, which the catalog splits again.
 */
public final class MalojaReader implements ExportReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.MALOJA;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String h = head.stripLeading();
        return h.startsWith("{") && h.contains("\"scrobbles\"")
                && (h.contains("\"maloja\"") || baseName.toLowerCase(Locale.ROOT).startsWith("maloja"));
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        try (InputStream in = entry.open(); JsonParser p = JsonRecords.parser(in)) {
            if (JsonRecords.first(p, file) != JsonToken.START_OBJECT) {
                throw new ExportFormatException(file, "is not a Maloja export (an object with a list of scrobbles)");
            }
            boolean found = false;
            try {
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("scrobbles") && value == JsonToken.START_ARRAY) {
                        found = true;
                        JsonRecords.array(p, file, 0, sink, (index, r) -> sink.listen(scrobble(r)));
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonRecords.Broken ignored) {
                return; // reported; the scrobbles before the break are in
            } catch (JsonProcessingException e) {
                sink.rejected(file, 0, "file", "malformed JSON at " + JsonRecords.where(e.getLocation()), null);
                return;
            }
            if (!found) {
                throw new ExportFormatException(file, "has no list of scrobbles");
            }
        }
    }

    static ImportedListen scrobble(ObjectNode r) {
        Instant at = JsonFields.epochSeconds(r, "time", "time");
        if (at == null) {
            throw new BadField("time", "is missing");
        }
        ObjectNode track = JsonFields.object(r, "track", "track");
        if (track == null) {
            throw new BadField("track", "is missing");
        }
        String title = JsonFields.requiredText(track, "title", "track.title");
        List<String> artists = new ArrayList<>();
        JsonNode list = track.get("artists");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new BadField("track.artists", "must be a list of names, got " + JsonFields.shape(list));
            }
            for (JsonNode a : list) {
                if (a.isTextual() && !a.textValue().isBlank()) {
                    artists.add(a.textValue().strip());
                }
            }
        }
        if (artists.isEmpty()) {
            throw new BadField("track.artists", "is empty");
        }
        String album = null;
        JsonNode a = track.get("album");
        if (a != null && a.isObject()) {
            album = JsonFields.text(a, "albumtitle", "track.album.albumtitle");
            if (album == null) {
                album = JsonFields.text(a, "name", "track.album.name"); // older exports named it so
            }
        } else if (a != null && a.isTextual()) {
            album = JsonFields.text(track, "album", "track.album");
        }
        Long durationMs = JsonFields.secondsAsMs(track, "length", "track.length");
        Long msPlayed = JsonFields.secondsAsMs(r, "duration", "duration");
        return new ImportedListen(ImportFormat.MALOJA, Long.toString(at.getEpochSecond()), String.join(", ", artists),
                title, album, at, msPlayed, durationMs, null, null, null, null, null);
    }
}
