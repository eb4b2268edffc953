package dev.earshot.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One listener's years, from a seed, as two real exports would hold them: Spotify's Extended Streaming History
 * (field names, value shapes and quirks of the download: {@code ts} at each stream's end, skips, podcasts,
 * incognito plays, free-text and word platforms, IP addresses) and the Last.fm scrobbles of the same plays in
 * lastfm-to-csv's header-less {@code artist,album,title,date} (minute precision, commas deleted), plus scrobbles
 * from other players. Names have accents, "feat." credits, remaster suffixes and commas, so track identity does
 * its real work. What the import benchmark reads.
 */
public final class ListeningHistoryFiles {
    private static final String[] FIRST = {"Sigur", "Tyler,", "Beyoncé", "Khruangbin", "Röyksopp", "Daft", "Phoebe",
            "Sault", "Björk", "Kendrick", "The", "Los", "Mø", "Aurora", "Fleetwood", "Motörhead", "Hania", "Nils"};
    private static final String[] SECOND = {"Rós", "The Creator", "", "", "& Robyn", "Punk", "Bridgers", "", "",
            "Lamar", "National", "Hermanos", "", "", "Mac", "", "Rani", "Frahm"};
    private static final String[] WORDS = {"Hoppípolla", "Time", "Roygbiv", "Resolve", "Night", "Dreams", "Niño",
            "Sunday", "Glass", "Echo", "Señorita", "Blue", "Heart", "Smile", "Water", "Fire", "Gold", "River"};
    private static final String[] SUFFIXES = {"", "", "", "", " - Remastered 2011", " (feat. Mø)", " - Live",
            " (Radio Edit)"};
    private static final String[] PLATFORMS = {"android", "ios", "windows", "osx", "web_player",
            "Android OS 9 API 28 (samsung, SM-G960F)", "iOS 12.1.4 (iPhone8,1)", "Windows 10 (10.0.19041; x64)"};
    private static final String[] REASONS_END = {"trackdone", "trackdone", "trackdone", "endplay", "logout"};
    private static final String[] SKIP_ENDS = {"fwdbtn", "fwdbtn", "backbtn", "clickrow"};
    private static final DateTimeFormatter LASTFM_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final int records;
    private final int tracks;
    private final long seed;

    public ListeningHistoryFiles(int records, int tracks, long seed) {
        this.records = records;
        this.tracks = tracks;
        this.seed = seed;
    }

    /** What was written: the two files and how many records each holds. */
    public record Written(Path spotify, long spotifyRecords, Path lastfm, long lastfmRecords) {
    }

    /** Writes {@code Streaming_History_Audio_*.json} of {@code records} records and the matching Last.fm CSV. */
    public Written write(Path dir) throws IOException {
        Path spotify = dir.resolve("Streaming_History_Audio_2019-2024_0.json");
        Path lastfm = dir.resolve("lastfm-scrobbles.csv");
        SplittableRandom r = new SplittableRandom(seed);
        // About 14 minutes a record on average (plays and the breaks between sessions): the history ends months ago.
        long t = Instant.parse("2026-06-01T08:00:00Z").toEpochMilli() - records * 14 * 60_000L;
        long scrobbles = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(spotify.toFile(), JsonEncoding.UTF8);
             BufferedWriter csv = Files.newBufferedWriter(lastfm, StandardCharsets.UTF_8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (int i = 0; i < records; i++) {
                // A skewed taste: a few songs most of the time, a long tail now and then.
                int track = (int) Math.min(tracks - 1, Math.abs(r.nextGaussian()) * tracks / 4);
                long length = 120_000 + (track * 7_919L) % 240_000;
                boolean podcast = r.nextInt(60) == 0;
                boolean skipped = !podcast && r.nextInt(5) == 0;
                long ms = podcast ? 600_000 + r.nextInt(1_800_000) : skipped ? 1_000 + r.nextInt(40_000) : length;
                // Sessions: back to back within one, hours or days between them.
                t += ms + r.nextInt(2_000) + (r.nextInt(20) == 0 ? 3_600_000L * (1 + r.nextInt(6)) : 0);
                spotifyRecord(g, r, t, ms, track, podcast, skipped);
                if (!podcast && (ms >= 240_000 || ms * 2 >= length)) {
                    scrobble(csv, track, t - ms);
                    scrobbles++;
                }
                if (r.nextInt(10) == 0) {
                    // Heard on another player: a scrobble that Spotify never saw.
                    scrobble(csv, r.nextInt(tracks), t + 30 * 60_000L);
                    scrobbles++;
                }
            }
            g.writeEndArray();
        }
        return new Written(spotify, records, lastfm, scrobbles);
    }

    private void spotifyRecord(JsonGenerator g, SplittableRandom r, long end, long ms, int track, boolean podcast,
                               boolean skipped) throws IOException {
        boolean old = end < Instant.parse("2022-01-01T00:00:00Z").toEpochMilli();
        g.writeStartObject();
        g.writeStringField("ts", Instant.ofEpochMilli(end - end % 1000).toString());
        g.writeStringField("username", old ? "listener42" : null);
        g.writeStringField("platform", PLATFORMS[(old ? 5 : 0) + r.nextInt(old ? 3 : 5)]);
        g.writeNumberField("ms_played", ms);
        g.writeStringField("conn_country", r.nextInt(30) == 0 ? "" : r.nextInt(8) == 0 ? "DE" : "GB");
        g.writeStringField(old ? "ip_addr_decrypted" : "ip_addr", "198.51.100." + r.nextInt(255));
        if (old) {
            g.writeStringField("user_agent_decrypted", "unknown");
        }
        g.writeStringField("master_metadata_track_name", podcast ? null : title(track));
        g.writeStringField("master_metadata_album_artist_name", podcast ? null : artist(track));
        g.writeStringField("master_metadata_album_album_name", podcast ? null : album(track));
        g.writeStringField("spotify_track_uri", podcast ? null : "spotify:track:" + base62(track));
        g.writeStringField("episode_name", podcast ? "Episode " + r.nextInt(400) : null);
        g.writeStringField("episode_show_name", podcast ? "The Daily" : null);
        g.writeStringField("spotify_episode_uri", podcast ? "spotify:episode:" + base62(1_000_000 + track) : null);
        if (!old) {
            g.writeNullField("audiobook_title");
            g.writeNullField("audiobook_uri");
            g.writeNullField("audiobook_chapter_uri");
            g.writeNullField("audiobook_chapter_title");
        }
        g.writeStringField("reason_start", r.nextInt(4) == 0 ? "clickrow" : "trackdone");
        g.writeStringField("reason_end", skipped ? SKIP_ENDS[r.nextInt(SKIP_ENDS.length)]
                : REASONS_END[r.nextInt(REASONS_END.length)]);
        g.writeBooleanField("shuffle", r.nextBoolean());
        // Older years write null or always false; the reader infers skips from reason_end and ms_played there.
        if (old && r.nextBoolean()) {
            g.writeNullField("skipped");
        } else {
            g.writeBooleanField("skipped", !old && skipped);
        }
        g.writeBooleanField("offline", r.nextInt(20) == 0);
        if (old) {
            g.writeNumberField("offline_timestamp", (end - ms) / 1000);
        } else {
            g.writeNumberField("offline_timestamp", r.nextInt(3) == 0 ? 0 : end - ms);
        }
        g.writeBooleanField("incognito_mode", r.nextInt(200) == 0);
        g.writeEndObject();
    }

    private void scrobble(BufferedWriter csv, int track, long startMs) throws IOException {
        // lastfm-to-csv deletes commas and quotes from every value.
        csv.write(clean(artist(track)) + "," + clean(album(track)) + "," + clean(title(track)) + ","
                + LASTFM_DATE.format(Instant.ofEpochMilli(startMs)) + "\n");
    }

    private static String clean(String s) {
        return s.replace(",", "").replace("\"", "");
    }

    private static String artist(int track) {
        int a = track / 11;
        String name = (FIRST[a % FIRST.length] + " " + SECOND[(a / FIRST.length) % SECOND.length]).strip();
        return a < FIRST.length * SECOND.length ? name : name + " " + (a / (FIRST.length * SECOND.length));
    }

    private static String title(int track) {
        return WORDS[track % WORDS.length] + " " + WORDS[(track / WORDS.length) % WORDS.length]
                + (track >= WORDS.length * WORDS.length ? " " + track : "") + SUFFIXES[track % SUFFIXES.length];
    }

    private static String album(int track) {
        return WORDS[(track / 11) % WORDS.length] + " Sessions " + track / 11;
    }

    /** 22 characters, as Spotify's ids are. */
    private static String base62(int n) {
        String digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder s = new StringBuilder();
        long v = n * 2_654_435_761L + 12_345;
        for (int i = 0; i < 22; i++) {
            s.append(digits.charAt((int) Math.floorMod(v, 62)));
            v = v / 62 + i * 7L + n;
        }
        return s.toString();
    }
}
