package dev.earshot.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Libre.fm's CSV export: three comment lines ("# Data export from Libre.fm", the time it was made, the host),
 * then the header {@code Artist,Track,Album,Time} and one scrobble a row, {@code Time} the start in seconds
 * since 1970 (UTC). As ListenBrainz's importer of it (listenbrainz/background/listens_importer/librefm.py and
 * its test files) shows, the columns are matched by name ignoring case, Album may be missing and other columns
 * may be present ({@code userid}; GNU FM's own dump of its Scrobbles table adds {@code mbid}, {@code length} in
 * seconds), and the file may come UTF-7 encoded ("+ACM- Data export from Libre.fm,,,").
 */
public final class LibrefmReader implements ExportReader {
    private static final String UTF7_COMMENT = "+ACM-";

    @Override
    public ImportFormat format() {
        return ImportFormat.LIBREFM;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String h = head.stripLeading();
        if (h.startsWith("# Data export from Libre.fm") || h.startsWith(UTF7_COMMENT + " Data export from Libre.fm")) {
            return true;
        }
        if (!baseName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        return h.lines().limit(10).anyMatch(line -> header(line) != null);
    }

    /** The columns of a header line (lower case, unquoted) when it names artist, track and time; else null. */
    static Map<String, Integer> header(String line) {
        String[] names = line.strip().split(",", -1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            column.putIfAbsent(names[i].replace("\"", "").strip().toLowerCase(Locale.ROOT), i);
        }
        return column.containsKey("artist") && column.containsKey("track") && column.containsKey("time") ? column : null;
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        try (InputStream raw = new BufferedInputStream(entry.open())) {
            raw.mark(16);
            byte[] start = raw.readNBytes(UTF7_COMMENT.length());
            raw.reset();
            Reader text = new InputStreamReader(raw, StandardCharsets.UTF_8);
            if (new String(start, StandardCharsets.US_ASCII).equals(UTF7_COMMENT)) {
                text = new Utf7Reader(text);
            }
            try (CsvRecords csv = new CsvRecords(text)) {
                Map<String, Integer> column = null;
                long before = 0;
                // Comment and licence lines come before the header; they are not records.
                for (List<String> r = csv.next(); r != null; r = csv.next()) {
                    column = header(String.join(",", r));
                    if (column != null) {
                        before = csv.index() + 1;
                        break;
                    }
                }
                if (column == null) {
                    throw new ExportFormatException(file, "has no header row naming the Artist, Track and Time columns");
                }
                int width = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                for (List<String> r = csv.next(); r != null; r = csv.next()) {
                    try {
                        CsvFields.wellQuoted(csv);
                        if (r.size() < width) {
                            throw new BadField("record", "has " + r.size() + " fields, the header has " + width);
                        }
                        sink.listen(row(r, column));
                    } catch (BadField bad) {
                        sink.rejected(file, csv.index() - before, bad.field(), bad.reason(), csv.raw());
                    }
                }
            }
        }
    }

    private static ImportedListen row(List<String> r, Map<String, Integer> column) {
        Instant at = CsvFields.epochSeconds(r, column, "time", "Time");
        String artist = CsvFields.required(r, column, "artist", "Artist");
        String title = CsvFields.required(r, column, "track", "Track");
        Long durationMs = CsvFields.lengthSecondsAsMs(CsvFields.text(r, column, "length"), "length");
        return new ImportedListen(ImportFormat.LIBREFM, LastfmScrobbles.key(at, artist, title), artist, title,
                CsvFields.text(r, column, "album"), at, null, durationMs, null, null, null, null,
                new ImportedListen.SourceIds(null, null, ScrobbleIds.mbid(CsvFields.text(r, column, "mbid")), null, null));
    }
}
