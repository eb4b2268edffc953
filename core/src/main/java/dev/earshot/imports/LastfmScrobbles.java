package dev.earshot.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What the Last.fm formats share: the scrobble time as Last.fm prints it ("31 Jan 2021, 12:34", UTC), the
 * track objects of {@code user.getRecentTracks} (plain and {@code extended=1}), and the walk through pages of
 * them. Last.fm records a scrobble at the time the track started; the export has no play duration.
 */
final class LastfmScrobbles {
    // Dates read "31 Jan 2021, 12:34" as Last.fm prints them, or "31 Jan 2021 12:34" once lastfm-to-csv dropped
    // the comma; English month names, UTC.
    private LastfmScrobbles() {
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** A Last.fm date text in UTC, or a {@link BadField} naming {@code field}. */
    static Instant date(String text, String field) {
        Instant at = parse(text.strip());
        if (at == null) {
            throw new BadField(field, "'" + JsonFields.shorten(text, 64) + "' is not a Last.fm date like '31 Jan 2021, 12:34'");
        }
        return at;
    }

    static boolean looksLikeDate(String text) {
        return parse(text.strip()) != null;
    }

    /**
     * "d MMM yyyy[,] HH:mm[:ss]" by hand: a history has a date on every line, and a formatter costs more than
     * the rest of the line together.
     */
    private static Instant parse(String t) {
        int[] pos = {0};
        int day = digits(t, pos, 1, 2);
        if (day < 1 || !skip(t, pos, ' ')) {
            return null;
        }
        if (pos[0] + 3 > t.length()) {
            return null;
        }
        String mon = t.substring(pos[0], pos[0] + 3).toLowerCase(Locale.ROOT);
        int month = -1;
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].equals(mon)) {
                month = i + 1;
            }
        }
        pos[0] += 3;
        if (month < 0 || !skip(t, pos, ' ')) {
            return null;
        }
        int year = digits(t, pos, 4, 4);
        if (year < 0) {
            return null;
        }
        if (pos[0] < t.length() && t.charAt(pos[0]) == ',') {
            pos[0]++;
        }
        if (!skip(t, pos, ' ')) {
            return null;
        }
        int hour = digits(t, pos, 1, 2);
        if (hour < 0 || pos[0] >= t.length() || t.charAt(pos[0]++) != ':') {
            return null;
        }
        int minute = digits(t, pos, 2, 2);
        int second = 0;
        if (minute >= 0 && pos[0] < t.length() && t.charAt(pos[0]) == ':') {
            pos[0]++;
            second = digits(t, pos, 2, 2);
        }
        if (minute < 0 || second < 0 || pos[0] != t.length()) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String t, int[] pos, int min, int max) {
        int v = 0;
        int n = 0;
        while (n < max && pos[0] < t.length() && t.charAt(pos[0]) >= '0' && t.charAt(pos[0]) <= '9') {
            v = v * 10 + (t.charAt(pos[0]++) - '0');
            n++;
        }
        return n >= min ? v : -1;
    }

    /** One or more of {@code c}. */
    private static boolean skip(String t, int[] pos, char c) {
        int start = pos[0];
        while (pos[0] < t.length() && t.charAt(pos[0]) == c) {
            pos[0]++;
        }
        return pos[0] > start;
    }

    /** The key of a scrobble: Last.fm keeps one scrobble per user, time and track. */
    static String key(Instant at, String artist, String title) {
        return at.getEpochSecond() + "|" + artist + '\u0000' + title;
    }

    static ImportedListen listen(ImportFormat source, Instant at, String artist, String title, String album,
                                 String recordingMbid) {
        return new ImportedListen(source, key(at, artist, title), artist, title, album, at, null, null, null,
                null, null, null, new ImportedListen.SourceIds(null, null, ScrobbleIds.mbid(recordingMbid), null, null));
    }

    /**
     * One track object of {@code user.getRecentTracks}: {@code artist} is {"#text", "mbid"} or, with
     * {@code extended=1}, {"name", "mbid", "url", …}; {@code date} is {"uts", "#text"}. The track playing now
     * carries {@code @attr.nowplaying} and no date: it is not a scrobble (yet), so it is left out.
     */
    static void track(ImportFormat source, ObjectNode t, ImportSink sink) {
        JsonNode attr = t.get("@attr");
        ObjectNode date = JsonFields.object(t, "date", "date");
        if (date == null) {
            if (attr != null && "true".equalsIgnoreCase(attr.path("nowplaying").asText())) {
                sink.leftOut(LeftOut.NOW_PLAYING);
                return;
            }
            throw new BadField("date", "is missing");
        }
        Instant at = JsonFields.epochSeconds(date, "uts", "date.uts");
        if (at == null) {
            String text = JsonFields.text(date, "#text", "date.#text");
            if (text == null) {
                throw new BadField("date.uts", "is missing");
            }
            at = date(text, "date.#text");
        }
        String artist = nameOf(t, "artist");
        if (artist == null) {
            throw new BadField("artist", "is missing");
        }
        String title = JsonFields.requiredText(t, "name", "name");
        String album = nameOf(t, "album");
        sink.listen(listen(source, at, artist, title, album, JsonFields.text(t, "mbid", "mbid")));
    }

    /** {"#text": …} (plain), {"name": …} (extended=1), or a bare string (as some tools rewrite it). */
    private static String nameOf(ObjectNode t, String field) {
        JsonNode v = t.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return JsonFields.text(t, field, field);
        }
        if (!v.isObject()) {
            throw new BadField(field, "must be an object, got " + JsonFields.shape(v));
        }
        String text = JsonFields.text(v, "#text", field + ".#text");
        return text != null ? text : JsonFields.text(v, "name", field + ".name");
    }

    /**
     * Reads every track of a file of recent-track pages, streaming: a page object ({"recenttracks": {"track":
     * […]}} as the API answers, or {"track": […]} as lastfm.ghan.nl saves it) or a list of pages. Last.fm
     * writes {@code track} as a single object instead of a list when a page holds one track; that is read too.
     * An API error answer ({"error": 6, "message": …}) makes the whole file unreadable.
     */
    static void pages(JsonParser p, String file, ImportFormat source, ImportSink sink) throws IOException {
        JsonToken first = JsonRecords.first(p, file);
        long[] index = {0};
        JsonRecords.Handler handler = (i, t) -> track(source, t, sink);
        try {
            if (first == JsonToken.START_ARRAY) {
                while (true) {
                    JsonToken tok = p.nextToken();
                    if (tok == JsonToken.END_ARRAY) {
                        return;
                    }
                    if (tok == null) {
                        sink.rejected(file, index[0], "file", "the file ends inside its list of pages (was the download cut off?)", null);
                        return;
                    }
                    if (tok == JsonToken.START_OBJECT) {
                        page(p, file, index, sink, handler);
                    } else {
                        p.skipChildren();
                        sink.rejected(file, index[0], "page", "is " + JsonRecords.describe(tok) + ", not a page of tracks", null);
                    }
                }
            } else if (first == JsonToken.START_OBJECT) {
                page(p, file, index, sink, handler);
            } else {
                throw new ExportFormatException(file, "is not a page of Last.fm tracks (it starts with " + JsonRecords.describe(first) + ")");
            }
        } catch (JsonRecords.Broken ignored) {
            // reported; the tracks before the break are in
        } catch (JsonProcessingException e) {
            sink.rejected(file, index[0], "file", "malformed JSON at " + JsonRecords.where(e.getLocation())
                    + "; the rest of the file could not be read", null);
        }
    }

    /** The fields of one page object (its START_OBJECT consumed). */
    private static void page(JsonParser p, String file, long[] index, ImportSink sink, JsonRecords.Handler handler)
            throws IOException, JsonRecords.Broken {
        while (true) {
            JsonToken tok = p.nextToken();
            if (tok == JsonToken.END_OBJECT) {
                return;
            }
            if (tok != JsonToken.FIELD_NAME) {
                sink.rejected(file, index[0], "file", "the file ends inside a page (was the download cut off?)", null);
                throw new JsonRecords.Broken();
            }
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("recenttracks") && value == JsonToken.START_OBJECT) {
                page(p, file, index, sink, handler);
            } else if (name.equals("track") && value == JsonToken.START_ARRAY) {
                index[0] = JsonRecords.array(p, file, index[0], sink, handler);
            } else if (name.equals("track") && value == JsonToken.START_OBJECT) {
                ObjectNode one = p.readValueAsTree();
                try {
                    handler.record(index[0], one);
                } catch (BadField bad) {
                    sink.rejected(file, index[0], bad.field(), bad.reason(), JsonFields.shorten(one.toString(), 2000));
                }
                index[0]++;
            } else if (name.equals("error") && value.isNumeric()) {
                throw new ExportFormatException(file, "is a Last.fm error answer (error " + p.getText() + "), not a page of tracks");
            } else {
                p.skipChildren();
            }
        }
    }
}
