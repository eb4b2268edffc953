package dev.earshot.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The CSV of lastfm-to-csv (benfoxall/lastfm-to-csv): no header, one scrobble a line as
 * {@code artist,album,title,date}, written from {@code user.getRecentTracks} by a generator that deletes every
 * comma and double quote from the values (so the date reads "31 Jan 2021 12:34", UTC, and "Tyler, The Creator"
 * reads "Tyler The Creator"). The track playing while the file was made comes first with an empty date: left out
 * as now playing. A file re-saved by a spreadsheet (quoted fields) reads the same.
 */
public final class LastfmCsvReader implements ExportReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.LASTFM_CSV;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        if (!baseName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        // Judge whole lines only: the head may end in the middle of one.
        int end = head.lastIndexOf('\n');
        String whole = end < 0 ? head : head.substring(0, end);
        int dated = 0;
        try (CsvRecords csv = new CsvRecords(new StringReader(whole))) {
            for (int i = 0; i < 5; i++) {
                List<String> r = csv.next();
                if (r == null) {
                    break;
                }
                if (r.size() != 4) {
                    return false;
                }
                String date = r.get(3).strip();
                if (LastfmScrobbles.looksLikeDate(date)) {
                    dated++;
                } else if (!date.isEmpty()) {
                    return false; // a header row, or another CSV
                }
            }
        } catch (IOException e) {
            return false;
        }
        return dated > 0;
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        try (InputStream in = entry.open(); CsvRecords csv = CsvRecords.utf8(in)) {
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                try {
                    row(r, csv, sink);
                } catch (BadField bad) {
                    sink.rejected(file, csv.index(), bad.field(), bad.reason(), csv.raw());
                }
            }
        }
    }

    private static void row(List<String> r, CsvRecords csv, ImportSink sink) {
        CsvFields.wellQuoted(csv);
        if (r.size() != 4) {
            throw new BadField("record", "has " + r.size() + " fields, expected 4 (artist,album,title,date)");
        }
        String date = r.get(3).strip();
        if (date.isEmpty()) {
            sink.leftOut(LeftOut.NOW_PLAYING);
            return;
        }
        Instant at = LastfmScrobbles.date(date, "date");
        String artist = nonBlank(r.get(0), "artist");
        String title = nonBlank(r.get(2), "title");
        String album = r.get(1).strip();
        sink.listen(LastfmScrobbles.listen(ImportFormat.LASTFM_CSV, at, artist, title, album.isEmpty() ? null : album, null));
    }

    private static String nonBlank(String v, String field) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadField(field, "is empty");
        }
        return t;
    }
}
