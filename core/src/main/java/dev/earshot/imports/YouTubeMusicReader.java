package dev.earshot.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube Music's history from Google Takeout ({@code YouTube and YouTube Music/history/watch-history.json},
 * JSON format chosen): one array holding YouTube and YouTube Music alike, each record
 * {@code {"header": "YouTube Music", "title": "Watched Solar", "titleUrl": "https://music.youtube.com/watch?v=…",
 * "subtitles": [{"name": "Sault - Topic", "url": …}], "time": "2022-04-25T18:09:04.784Z", "products": […],
 * "activityControls": […]}} (as in Jason-Pallone/Solstice-Top-10 listen_history.js and foxbits/ytm-to-statsfm).
 * Only {@code header} "YouTube Music" records are listens; plain YouTube is counted as not music. Ads
 * ({@code details[].name} "From Google Ads") and removed or private videos (no {@code titleUrl} or no
 * channel, "Watched a video that has been removed") are counted and left out. Takeout records no play
 * duration and no skip: both stay unknown. {@code time} is when the watch began.
 */
public final class YouTubeMusicReader implements ExportReader {
    static final String MUSIC_HEADER = "YouTube Music";
    private static final Pattern NAME = Pattern.compile("(?i)watch-history(\\(\\d+\\))?\\.json");
    private static final Pattern TOPIC = Pattern.compile("\\s+-\\s+Topic$");
    private static final Pattern VIDEO_ID = Pattern.compile("[?&]v=([^&#]+)");
    @Override
    public ImportFormat format() {
        return ImportFormat.YOUTUBE_MUSIC;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        if (NAME.matcher(baseName).matches()) {
            return true;
        }
        // Takeout's search-history.json has the same shape (header, title, titleUrl, time) beside it in the zip:
        // only watch links ("watch?v=") make a watch history.
        String h = head.stripLeading();
        return h.startsWith("[") && h.contains("\"header\"") && h.contains("\"time\"") && h.contains("watch?v=")
                && !baseName.toLowerCase(Locale.ROOT).startsWith("search-history");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        TakeoutTitles titles = new TakeoutTitles();
        try (InputStream in = entry.open()) {
            JsonRecords.array(in, file, sink, (index, record) -> readRecord(record, titles, sink));
        }
    }

    private static void readRecord(ObjectNode r, TakeoutTitles titles, ImportSink sink) {
        Instant time = JsonFields.instant(r, "time");
        if (time == null) {
            throw new BadField("time", "is missing");
        }
        if (isAd(r)) {
            sink.leftOut(LeftOut.AD);
            return;
        }
        if (!MUSIC_HEADER.equals(JsonFields.text(r, "header"))) {
            sink.leftOut(LeftOut.NOT_MUSIC);
            return;
        }
        String url = JsonFields.text(r, "titleUrl");
        String videoId = url == null ? null : videoId(url);
        String title = titles.title(JsonFields.text(r, "title"));
        JsonNode channel = r.path("subtitles").path(0).path("name");
        // A removed or private video keeps no link, or a title that is only its link, and no channel.
        if (videoId == null || title == null || title.startsWith("http") || !channel.isTextual()) {
            sink.leftOut(LeftOut.REMOVED);
            return;
        }
        String artist = TOPIC.matcher(channel.textValue().strip()).replaceFirst("");
        sink.listen(new ImportedListen(ImportFormat.YOUTUBE_MUSIC, r.path("time").asText() + "|" + videoId,
                artist.isEmpty() ? null : artist, title, null, time, null, null, null, Platform.YOUTUBE_MUSIC,
                null, null, new ImportedListen.SourceIds(null, null, null, videoId, null)));
    }

    private static boolean isAd(ObjectNode r) {
        for (JsonNode detail : r.path("details")) {
            if ("From Google Ads".equals(detail.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The {@code v} parameter of a watch link (www.youtube.com or music.youtube.com), or null. */
    static String videoId(String url) {
        Matcher m = VIDEO_ID.matcher(url);
        if (!m.find()) {
            return null;
        }
        String id = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        return id.isBlank() ? null : id;
    }
}
