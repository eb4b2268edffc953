package dev.earshot.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Spotify's account data (the quick download, about a year): {@code StreamingHistory0.json} of older
 * downloads, {@code StreamingHistory_music_0.json} and {@code StreamingHistory_podcast_0.json} of newer ones;
 * each a JSON array of {@code {"endTime": "2021-03-01 14:05", "artistName", "trackName", "msPlayed"}}, podcast
 * files of {@code {"endTime", "podcastName", "episodeName", "msPlayed"}} (shapes as typed by public parsers of
 * this download, e.g. the TypeScript {@code SpotifyStreamingDataRecord} {@code endTime: "2022-12-05 16:52"}).
 * {@code endTime} is UTC to the minute and is when the play ended, so the listen starts at
 * {@code endTime − msPlayed}, within a minute. The download says nothing of skips, devices or countries:
 * they stay unknown.
 */
public final class SpotifyAccountReader implements ExportReader {
    private static final Pattern NAME = Pattern.compile("(?i)streaminghistory(_music_|_podcast_)?\\d*\\.json");
    private static final Pattern PODCAST_NAME = Pattern.compile("(?i)streaminghistory_podcast_\\d*\\.json");
    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Override
    public ImportFormat format() {
        return ImportFormat.SPOTIFY_ACCOUNT;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        if (NAME.matcher(baseName).matches()) {
            return true;
        }
        return JsonRecords.arrayOf(head, "endTime", "msPlayed");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        LeftOut wholeFile = PODCAST_NAME.matcher(Export.baseName(file)).matches() ? LeftOut.PODCAST : null;
        try (InputStream in = entry.open()) {
            JsonRecords.array(in, file, sink, (index, record) -> readRecord(record, wholeFile, sink));
        }
    }

    private static void readRecord(ObjectNode r, LeftOut wholeFile, ImportSink sink) {
        String endText = JsonFields.requiredText(r, "endTime");
        Instant end;
        try {
            end = LocalDateTime.parse(endText, END_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadField("endTime", "'" + JsonFields.shorten(endText, 64) + "' is not a time like '2021-03-01 14:05'");
        }
        long msPlayed = JsonFields.duration(r, "msPlayed");
        if (wholeFile != null) {
            sink.leftOut(wholeFile);
            return;
        }
        if (JsonFields.text(r, "podcastName") != null || JsonFields.text(r, "episodeName") != null) {
            sink.leftOut(LeftOut.PODCAST);
            return;
        }
        String title = JsonFields.requiredText(r, "trackName");
        String artist = JsonFields.text(r, "artistName");
        String key = endText + "|" + msPlayed + "|" + artist + "\u0000" + title;
        sink.listen(new ImportedListen(ImportFormat.SPOTIFY_ACCOUNT, key, artist, title, null,
                end.minusMillis(msPlayed), msPlayed, null, null, Platform.SPOTIFY, null, null, null));
    }
}
