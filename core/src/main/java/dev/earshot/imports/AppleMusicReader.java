package dev.earshot.imports;

import dev.earshot.event.IsoTimestamp;
import dev.earshot.event.Places;
import dev.earshot.event.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Apple Music Play Activity.csv} from Apple's privacy download (Apple Media Services → Apple Music
 * Activity): one row per player event, dozens of columns found by name, so a column we do not use may be
 * missing or new. Older files name the song {@code Content Name} and have {@code Artist Name}; newer ones have
 * {@code Song Name} (and {@code Album Name}) and no artist at all, which then comes from the companion files
 * ({@link AppleArtists}) or stays unknown. Column names as in public importers (dmatica/fitlist,
 * ftaylor101/spotify notes, an importer test with the older header "Apple ID Number, …, Artist Name, …,
 * Content Name, …"); end reasons as Apple's MusicKit {@code PlayActivityEndReasonType} enumerates them.
 *
 * <p>A play is a {@code PLAY_END} row (or a row of an older file with no event type and a play duration);
 * {@code PLAY_START}, lyric views and other events of the same play are not plays and are passed over. The
 * start is {@code Event Start Timestamp} (UTC; a time without offset is read in {@code UTC Offset In
 * Seconds}), else {@code Event End Timestamp} − {@code Play Duration Milliseconds}. A negative play
 * duration (Apple writes them after scrubbing) is unknown, not a reason to lose the play. Video rows are
 * left out. {@code IP Country Code} is the country; the IP address and the other IP columns are never read.
 */
public final class AppleMusicReader implements ExportReader {
    static final String FILE_NAME = "Apple Music Play Activity.csv";
    private static final Set<String> SKIPPED = Set.of("TRACK_SKIPPED_FORWARDS", "TRACK_SKIPPED_BACKWARDS",
            "MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM");
    private static final Set<String> COMPLETED = Set.of("NATURAL_END_OF_TRACK");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    /** Never kept, not even in a rejected row's text: the account, the IP address and what Apple derived from it. */
    private static final Set<String> PRIVATE_COLUMNS = Set.of("Apple ID Number", "Apple Id Number", "Client IP Address",
            "IP City", "IP Latitude", "IP Longitude", "IP Network", "IP Network Type", "IP Region Code");

    @Override
    public ImportFormat format() {
        return ImportFormat.APPLE_MUSIC;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        if (baseName.equalsIgnoreCase(FILE_NAME) || baseName.equalsIgnoreCase("Apple Music - Play Activity.csv")) {
            return true;
        }
        int end = head.indexOf('\n');
        String header = end < 0 ? head : head.substring(0, end);
        return header.contains("Event Start Timestamp") && header.contains("End Reason Type")
                && (header.contains("Song Name") || header.contains("Content Name"));
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        AppleArtists companions = AppleArtists.from(export);
        try (InputStream in = entry.open(); CsvRecords csv = CsvRecords.utf8(in)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ExportFormatException(file, "is empty");
            }
            Columns c = new Columns(header);
            if (c.title < 0) {
                throw new ExportFormatException(file, "has no 'Song Name' or 'Content Name' column: is it Apple Music Play Activity?");
            }
            if (c.start < 0 && c.end < 0) {
                throw new ExportFormatException(file, "has no 'Event Start Timestamp' or 'Event End Timestamp' column");
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                long index = csv.index() - 1; // the header is not a record
                if (row.size() > header.size()) {
                    // Its columns are shifted, so which value is the IP address cannot be told: no raw text.
                    sink.rejected(file, index, null, "has " + row.size() + " fields where the header names "
                            + header.size() + " (an unquoted comma?)", null);
                    continue;
                }
                if (csv.malformed()) {
                    sink.rejected(file, index, null, "a quoted field is never closed (was the file cut off?)", c.privateless(row));
                    continue;
                }
                try {
                    readRow(new Row(c, row), companions, sink);
                } catch (BadField e) {
                    sink.rejected(file, index, e.field(), e.reason(), c.privateless(row));
                }
            }
        }
    }

    private static void readRow(Row r, AppleArtists companions, ImportSink sink) {
        String type = r.get(r.c.eventType);
        if (type != null && !type.equals("PLAY_END")) {
            return;
        }
        Long played = r.number(r.c.playDuration, "Play Duration Milliseconds");
        if (type == null && (played == null || played <= 0)) {
            return;
        }
        if ("VIDEO".equalsIgnoreCase(r.get(r.c.mediaType))) {
            sink.leftOut(LeftOut.VIDEO);
            return;
        }
        String title = r.get(r.c.title);
        if (title == null) {
            throw new BadField(r.c.titleName, "is empty");
        }
        Long msPlayed = played == null || played < 0 ? null : played;
        Integer offset = r.offsetSeconds();
        Instant start = r.instant(r.c.start, "Event Start Timestamp", offset);
        if (start == null) {
            Instant end = r.instant(r.c.end, "Event End Timestamp", offset);
            if (end == null || msPlayed == null) {
                throw new BadField("Event Start Timestamp", "is empty, and no end time with a play duration stands in for it");
            }
            start = end.minusMillis(msPlayed);
        }
        String album = r.get(r.c.album);
        String artist = r.get(r.c.artist);
        if (artist == null) {
            LocalDate day = offset == null ? null : LocalDateTime.ofInstant(start, ZoneOffset.ofTotalSeconds(offset)).toLocalDate();
            artist = companions.artist(title, album, day);
        }
        Long duration = r.number(r.c.mediaDuration, "Media Duration In Milliseconds");
        String reason = r.get(r.c.endReason);
        Boolean skipped = reason == null ? null : SKIPPED.contains(reason) ? Boolean.TRUE
                : COMPLETED.contains(reason) ? Boolean.FALSE : null;
        String key = r.raw(r.c.start) + "|" + r.raw(r.c.end) + "|" + played + "|" + title;
        sink.listen(new ImportedListen(ImportFormat.APPLE_MUSIC, key, artist, title, album, start, msPlayed,
                duration == null || duration <= 0 ? null : duration, skipped, Platform.APPLE_MUSIC,
                Places.country(r.get(r.c.country)), null, null));
    }

    /** Where each column we read stands in this file's header (-1 when absent). */
    private static final class Columns {
        final int title;
        final String titleName;
        final int artist;
        final int album;
        final int start;
        final int end;
        final int eventType;
        final int endReason;
        final int playDuration;
        final int mediaDuration;
        final int mediaType;
        final int offset;
        final int country;
        private final boolean[] hidden;

        Columns(List<String> header) {
            Map<String, Integer> at = new HashMap<>();
            hidden = new boolean[header.size()];
            for (int i = 0; i < header.size(); i++) {
                at.putIfAbsent(header.get(i).strip(), i);
                hidden[i] = PRIVATE_COLUMNS.contains(header.get(i).strip());
            }
            int song = at.getOrDefault("Song Name", -1);
            title = song >= 0 ? song : at.getOrDefault("Content Name", -1);
            titleName = song >= 0 ? "Song Name" : "Content Name";
            artist = at.getOrDefault("Artist Name", -1);
            album = at.getOrDefault("Album Name", at.getOrDefault("Container Album Name", -1));
            start = at.getOrDefault("Event Start Timestamp", -1);
            end = at.getOrDefault("Event End Timestamp", -1);
            eventType = at.getOrDefault("Event Type", -1);
            endReason = at.getOrDefault("End Reason Type", -1);
            playDuration = at.getOrDefault("Play Duration Milliseconds", -1);
            mediaDuration = at.getOrDefault("Media Duration In Milliseconds", -1);
            mediaType = at.getOrDefault("Media Type", -1);
            offset = at.getOrDefault("UTC Offset In Seconds", -1);
            country = at.getOrDefault("IP Country Code", -1);
        }

        /** The row as CSV text with the private columns emptied, for a rejection. */
        String privateless(List<String> row) {
            StringBuilder out = new StringBuilder(256);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String v = i < hidden.length && hidden[i] ? "" : row.get(i);
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(v);
                }
            }
            return out.toString();
        }
    }

    /** One data row read through the header; a row shorter than the header has its last columns empty. */
    private record Row(Columns c, List<String> values) {
        String raw(int column) {
            return column < 0 || column >= values.size() ? "" : values.get(column);
        }

        String get(int column) {
            String v = raw(column).strip();
            return v.isEmpty() ? null : v;
        }

        Long number(int column, String name) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(v); // "215000.0" in files that went through a spreadsheet
                    if (d == Math.rint(d) && !Double.isInfinite(d)) {
                        return (long) d;
                    }
                } catch (NumberFormatException notEither) {
                    // the error below
                }
                throw new BadField(name, "must be a whole number, got '" + JsonFields.shorten(v, 64) + "'");
            }
        }

        Integer offsetSeconds() {
            Long seconds = number(c.offset, "UTC Offset In Seconds");
            if (seconds == null) {
                return null;
            }
            if (Math.abs(seconds) > 18 * 3600) {
                throw new BadField("UTC Offset In Seconds", "must be within ±64800, got " + seconds);
            }
            return seconds.intValue();
        }

        Instant instant(int column, String name, Integer offset) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            Instant fast = IsoTimestamp.parse(v);
            if (fast != null) {
                return fast;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    LocalDateTime local = LocalDateTime.parse(v.replace(' ', 'T'), LOCAL);
                    if (offset == null) {
                        throw new BadField(name, "'" + JsonFields.shorten(v, 64) + "' has no UTC offset and the row no 'UTC Offset In Seconds'");
                    }
                    return local.toInstant(ZoneOffset.ofTotalSeconds(offset));
                } catch (DateTimeParseException notLocal) {
                    throw new BadField(name, "'" + JsonFields.shorten(v, 64) + "' is not a time like '2021-03-01T14:05:09.123Z'");
                }
            }
        }
    }
}
