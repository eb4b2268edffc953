package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export of lastfm.ghan.nl ("recenttracks-<user>-<time>.csv" / ".json"). The CSV has the header
 * {@code uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid} and every value quoted
 * ({@code "1612096440","31 Jan 2021, 12:34",…}); {@code uts} is the scrobble's start in seconds (UTC) and is
 * trusted over the printed {@code utc_time}. The JSON is a list of the pages the site fetched from
 * {@code user.getRecentTracks}, each {"track": […], "@attr": {…}} (the shape Koito's importer decodes), read
 * like the API pages.
 */
public final class LastfmGhanReader implements ExportReader {
    private static final List<String> REQUIRED = List.of("uts", "artist", "track");

    @Override
    public ImportFormat format() {
        return ImportFormat.LASTFM_GHAN;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String h = head.stripLeading();
        if (h.startsWith("[")) {
            // A list of pages without the API's "recenttracks" wrapper (that one is the API reader's).
            return h.contains("\"track\"") && h.contains("\"#text\"") && !h.contains("\"recenttracks\"");
        }
        String firstLine = h.lines().findFirst().orElse("").replace("\"", "").strip().toLowerCase(Locale.ROOT);
        return firstLine.startsWith("uts,") && firstLine.contains("artist") && firstLine.contains("track");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(entry.open())) {
            in.mark(8192);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            in.reset();
            if (c == '[' || c == '{') {
                try (JsonParser p = JsonRecords.parser(in)) {
                    LastfmScrobbles.pages(p, entry.name(), ImportFormat.LASTFM_GHAN, sink);
                }
            } else {
                csv(entry.name(), in, sink);
            }
        }
    }

    private static void csv(String file, InputStream in, ImportSink sink) throws IOException {
        try (CsvRecords csv = CsvRecords.utf8(in)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ExportFormatException(file, "is empty");
            }
            Map<String, Integer> column = CsvFields.columns(header);
            for (String name : REQUIRED) {
                if (!column.containsKey(name)) {
                    throw new ExportFormatException(file, "has no '" + name + "' column (lastfm.ghan.nl's header is "
                            + "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid)");
                }
            }
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                try {
                    CsvFields.sameWidth(csv, r, header.size());
                    sink.listen(row(r, column));
                } catch (BadField bad) {
                    sink.rejected(file, csv.index() - 1, bad.field(), bad.reason(), csv.raw());
                }
            }
        }
    }

    private static ImportedListen row(List<String> r, Map<String, Integer> column) {
        Instant at = CsvFields.epochSeconds(r, column, "uts", "uts");
        String artist = CsvFields.required(r, column, "artist", "artist");
        String title = CsvFields.required(r, column, "track", "track");
        return LastfmScrobbles.listen(ImportFormat.LASTFM_GHAN, at, artist, title,
                CsvFields.text(r, column, "album"), CsvFields.text(r, column, "track_mbid"));
    }
}
