package dev.earshot.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The {@code .scrobbler.log} that Rockbox and other portable players write (AudioScrobbler "Portable Player
 * Logging" 1.1): header lines {@code #AUDIOSCROBBLER/1.1}, {@code #TZ/UTC} or {@code #TZ/UNKNOWN},
 * {@code #CLIENT/…} (Rockbox adds a {@code #ARTIST #ALBUM …} column line), then one tab-separated line per song
 * played or skipped: artist, album, title, track number, length in seconds, rating, the unix time the song
 * started, MusicBrainz track id. {@code #TZ/UNKNOWN} means the player wrote its local wall clock as if it were
 * UTC, so those times are read in {@code options.zone()}.
 *
 * <p>Rating {@code L} ("listened at least 50%") is a listen. {@code S} ("skipped") is not a listen, but the
 * spec logs it as an event of its own, and skips are behaviour Earshot measures (as it keeps Spotify's short
 * plays as skips): so an S line is imported as a skip ({@code skipped} true; how long it played is unknown, only
 * that it was under half), never as a play of the track. Rockbox writes {@code <Untagged>} for a file without
 * tags: the artist is then unknown, not a name.
 */
public final class ScrobblerLogReader implements ExportReader {
    private static final String UNTAGGED = "<Untagged>";

    @Override
    public ImportFormat format() {
        return ImportFormat.SCROBBLER_LOG;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        return head.stripLeading().startsWith("#AUDIOSCROBBLER/")
                || baseName.toLowerCase(Locale.ROOT).equals(".scrobbler.log") && head.contains("\t");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        ZoneId zone = null; // null: #TZ/UTC (or no #TZ line: the spec's UTC); else the importer's zone
        long index = 0;
        // Players write whatever bytes their tags held: a bad sequence becomes U+FFFD, not a lost file.
        try (InputStream in = entry.open(); BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (index == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    if (line.startsWith("#TZ/")) {
                        String tz = line.substring(4).strip();
                        zone = tz.equalsIgnoreCase("UTC") ? null : options.zone();
                    }
                    continue;
                }
                try {
                    sink.listen(line(line, zone));
                } catch (BadField bad) {
                    sink.rejected(file, index, bad.field(), bad.reason(), JsonFields.shorten(line, 2000));
                }
                index++;
            }
        }
    }

    private static ImportedListen line(String line, ZoneId zone) {
        String[] f = line.split("\t", -1);
        if (f.length < 7) {
            throw new BadField("record", "has " + f.length + " tab-separated fields, expected 7 or 8");
        }
        String artist = blankToNull(f[0]);
        if (UNTAGGED.equals(artist)) {
            artist = null;
        }
        String album = blankToNull(f[1]);
        String title = blankToNull(f[2]);
        if (title == null) {
            throw new BadField("title", "is empty");
        }
        Long durationMs = CsvFields.lengthSecondsAsMs(blankToNull(f[4]), "length");
        String rating = f[5].strip();
        boolean skipped;
        if (rating.equals("L")) {
            skipped = false;
        } else if (rating.equals("S")) {
            skipped = true;
        } else {
            throw new BadField("rating", "'" + JsonFields.shorten(rating, 16) + "' is neither L (listened) nor S (skipped)");
        }
        long seconds;
        try {
            seconds = Long.parseLong(f[6].strip());
        } catch (NumberFormatException e) {
            throw new BadField("timestamp", "'" + JsonFields.shorten(f[6], 64) + "' is not a unix time");
        }
        if (seconds <= 0) {
            throw new BadField("timestamp", seconds + " is not a unix time");
        }
        Instant at = zone == null ? Instant.ofEpochSecond(seconds)
                : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).atZone(zone).toInstant();
        // Picard writes the recording's id into the tag Rockbox logs as the "track id".
        String mbid = f.length > 7 ? ScrobbleIds.mbid(f[7]) : null;
        // The line as written identifies it: the same log imported again (in any zone) adds nothing.
        String key = seconds + "|" + rating + "|" + artist + '\u0000' + title;
        return new ImportedListen(ImportFormat.SCROBBLER_LOG, key, artist, title, album, at, null, durationMs,
                skipped, null, null, null, new ImportedListen.SourceIds(null, null, mbid, null, null));
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
