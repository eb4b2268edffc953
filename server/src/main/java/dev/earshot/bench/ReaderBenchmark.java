package dev.earshot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.TrackMetadata;
import dev.earshot.imports.AppleMusicReader;
import dev.earshot.imports.CatalogCsvReader;
import dev.earshot.imports.Export;
import dev.earshot.imports.ExportEntry;
import dev.earshot.imports.ExportReader;
import dev.earshot.imports.ImportOptions;
import dev.earshot.imports.ImportSink;
import dev.earshot.imports.ImportedListen;
import dev.earshot.imports.LastfmCsvReader;
import dev.earshot.imports.LastfmGhanReader;
import dev.earshot.imports.LastfmRecentTracksReader;
import dev.earshot.imports.LeftOut;
import dev.earshot.imports.LibrefmReader;
import dev.earshot.imports.ListenBrainzReader;
import dev.earshot.imports.MalojaReader;
import dev.earshot.imports.ScrobblerLogReader;
import dev.earshot.imports.SpotifyAccountReader;
import dev.earshot.imports.SpotifyExtendedReader;
import dev.earshot.imports.YouTubeMusicReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Records per second of every export reader alone (parse + map, no storage): for each format a file of N
 * records written in that format's real shape from a fixed seed, read from disk once untimed to warm up and
 * then {@code runs} times into a sink that only counts; the best run is kept. The figure is the reader's
 * ceiling; an import also stores what it reads.
 */
public final class ReaderBenchmark {
    /** What one reader measured: records it saw (listens + left out + catalog tracks), seconds, file size. */
    public record Result(String format, long records, long listens, double seconds, double cpuSeconds, long bytes) {
        public double perSecond() {
            return records / seconds;
        }

        /** On a shared machine the wall clock also counts waiting for a core; CPU time does not. */
        public double perCpuSecond() {
            return records / cpuSeconds;
        }
    }

    private interface Generator {
        void write(BufferedWriter out, int n, long seed) throws IOException;
    }

    private record Case(String fileName, ExportReader reader, Generator generator) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] ARTISTS = {"Daft Punk", "Phoebe Bridgers", "Tyler, The Creator", "Sault",
        "Beyoncé", "The xx", "Cage The Elephant", "Queen", "David Bowie", "Sabrina Carpenter"};
    private static final String[] PLATFORMS = {"Android OS 9 API 28 (samsung, SM-G960F)", "iOS 12.1.4 (iPhone8,1)",
        "Windows 10 (10.0.19041; x64)", "android", "ios", "osx", "web_player windows 10;chrome 91.0;desktop"};
    private static final String[] REASONS = {"trackdone", "trackdone", "trackdone", "fwdbtn", "backbtn", "endplay"};
    private static final Instant EPOCH = Instant.parse("2019-01-01T00:00:00Z");
    private static final String[] SCROBBLED_ARTISTS = {"Sigur Rós", "Tyler, The Creator", "Khruangbin",
        "Boards of Canada", "Röyksopp", "The Black Keys", "Björk", "Masego", "Portishead", "Daft Punk"};
    private static final String[] TITLES = {"Hoppípolla", "EARFQUAKE", "Time (You and I)", "Roygbiv", "Some Resolve",
        "Sister", "Jóga", "Tadow", "Roads", "Digital Love"};
    private static final long START = 1_600_000_000L;

    private ReaderBenchmark() {
    }

    public static List<Result> run(Path dir, int records, long seed, int runs) throws IOException {
        Files.createDirectories(dir);
        List<Case> cases = List.of(
                new Case("Streaming_History_Audio_bench_0.json", new SpotifyExtendedReader(), ReaderBenchmark::writeSpotify),
                new Case("StreamingHistory_music_0.json", new SpotifyAccountReader(), ReaderBenchmark::writeAccount),
                new Case("Apple Music Play Activity.csv", new AppleMusicReader(), ReaderBenchmark::writeApple),
                new Case("watch-history.json", new YouTubeMusicReader(), ReaderBenchmark::writeYouTube),
                new Case("4.jsonl", new ListenBrainzReader(), ReaderBenchmark::listenbrainz),
                new Case("user.csv", new LastfmCsvReader(), ReaderBenchmark::lastfmCsv),
                new Case("recenttracks-user.csv", new LastfmGhanReader(), ReaderBenchmark::ghanCsv),
                new Case("recenttracks.json", new LastfmRecentTracksReader(), ReaderBenchmark::apiPages),
                new Case("librefm.csv", new LibrefmReader(), ReaderBenchmark::librefm),
                new Case("maloja_export.json", new MalojaReader(), ReaderBenchmark::maloja),
                new Case(".scrobbler.log", new ScrobblerLogReader(), ReaderBenchmark::scrobblerLog),
                new Case("dataset.csv", new CatalogCsvReader(), ReaderBenchmark::catalog));
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            Path file = dir.resolve(c.fileName());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                c.generator().write(out, records, seed);
            }
            results.add(measure(c.reader(), file, runs));
            Files.delete(file);
        }
        return results;
    }

    /** One reader on one file: a warm-up read, then the best of {@code runs} timed reads into a counting sink. */
    public static Result measure(ExportReader reader, Path file, int runs) throws IOException {
        ExportEntry entry = new ExportEntry() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
        Export export = new Export(List.of(entry));
        reader.read(entry, export, ImportOptions.DEFAULTS, new Counter()); // warm-up
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        Counter counter = new Counter();
        for (int run = 0; run < runs; run++) {
            counter = new Counter();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            reader.read(entry, export, ImportOptions.DEFAULTS, counter);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        if (counter.rejected > 0) {
            throw new IllegalStateException(file.getFileName() + ": " + counter.rejected + " generated records were rejected");
        }
        return new Result(reader.format().wire(), counter.records, counter.listens, best, bestCpu, Files.size(file));
    }

    /** Counts what a reader sends, keeping nothing. */
    private static final class Counter implements ImportSink {
        long records;
        long listens;
        long rejected;

        @Override
        public void listen(ImportedListen listen) {
            records++;
            listens++;
        }

        @Override
        public void leftOut(LeftOut kind) {
            records++;
        }

        @Override
        public void rejected(String file, long index, String field, String reason, String raw) {
            rejected++;
        }

        @Override
        public void catalogTrack(String trackId, TrackMetadata track) {
            records++;
        }
    }

    private static void writeSpotify(BufferedWriter out, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            Instant t = EPOCH;
            for (int i = 0; i < n; i++) {
                int track = random.nextInt(5000);
                long ms = 5_000 + random.nextInt(300_000);
                t = t.plusMillis(ms + random.nextInt(60_000));
                boolean podcast = random.nextInt(50) == 0;
                g.writeStartObject();
                g.writeStringField("ts", t.toString());
                g.writeStringField("platform", PLATFORMS[random.nextInt(PLATFORMS.length)]);
                g.writeNumberField("ms_played", ms);
                g.writeStringField("conn_country", "DE");
                g.writeStringField("ip_addr", "198.51.100." + random.nextInt(255));
                g.writeStringField("master_metadata_track_name", podcast ? null : "Track " + track);
                g.writeStringField("master_metadata_album_artist_name", podcast ? null : ARTISTS[track % ARTISTS.length]);
                g.writeStringField("master_metadata_album_album_name", podcast ? null : "Album " + track / 12);
                g.writeStringField("spotify_track_uri", podcast ? null : "spotify:track:" + Long.toString(1_000_000_000L + track, 36) + "AbCdEfGhIjKlMn");
                g.writeStringField("episode_name", podcast ? "Episode " + track : null);
                g.writeStringField("episode_show_name", podcast ? "Show" : null);
                g.writeStringField("spotify_episode_uri", podcast ? "spotify:episode:" + track : null);
                g.writeNullField("audiobook_title");
                g.writeNullField("audiobook_uri");
                g.writeNullField("audiobook_chapter_uri");
                g.writeNullField("audiobook_chapter_title");
                g.writeStringField("reason_start", "trackdone");
                g.writeStringField("reason_end", REASONS[random.nextInt(REASONS.length)]);
                g.writeBooleanField("shuffle", random.nextBoolean());
                g.writeBooleanField("skipped", random.nextInt(5) == 0);
                g.writeBooleanField("offline", false);
                g.writeNumberField("offline_timestamp", t.toEpochMilli() - ms);
                g.writeBooleanField("incognito_mode", random.nextInt(100) == 0);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writeAccount(BufferedWriter out, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            LocalDateTime t = LocalDateTime.ofInstant(EPOCH, ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                int track = random.nextInt(5000);
                long ms = 5_000 + random.nextInt(300_000);
                t = t.plusSeconds(ms / 1000 + random.nextInt(60));
                g.writeStartObject();
                g.writeStringField("endTime", t.format(minute));
                g.writeStringField("artistName", ARTISTS[track % ARTISTS.length]);
                g.writeStringField("trackName", "Track " + track);
                g.writeNumberField("msPlayed", ms);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writeApple(BufferedWriter out, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] reasons = {"NATURAL_END_OF_TRACK", "NATURAL_END_OF_TRACK", "TRACK_SKIPPED_FORWARDS",
            "PLAYBACK_MANUALLY_PAUSED", "MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM"};
        out.write("Album Name,Build Version,Client IP Address,Client Platform,Container Album Name,Container ID,"
                + "Container Type,Device Identifier,Device OS Name,Device Type,End Position In Milliseconds,"
                + "End Reason Type,Event End Timestamp,Event Received Timestamp,Event Start Timestamp,Event Type,"
                + "Feature Name,IP City,IP Country Code,IP Latitude,IP Longitude,IP Network,Item Type,"
                + "Media Duration In Milliseconds,Media Type,Offline,Play Duration Milliseconds,Song Name,"
                + "Source Type,Start Position In Milliseconds,Store Country Name,UTC Offset In Seconds\r\n");
        Instant t = EPOCH;
        for (int i = 0; i < n; i++) {
            int track = random.nextInt(5000);
            long media = 120_000 + random.nextInt(240_000);
            long played = random.nextInt(4) == 0 ? random.nextInt((int) media) : media;
            Instant end = t.plusMillis(played);
            String album = "\"Album " + track / 12 + ", Deluxe\"";
            out.write(album + ",Music/1.3.5 iOS/16.4.1,2001:db8::" + random.nextInt(999) + ",iOS," + album
                    + ",1524493430,ALBUM,AB12CD34-5678-4EF0-9ABC-DEF012345678,iOS,\"iPhone14,2\"," + played + ","
                    + reasons[random.nextInt(reasons.length)] + "," + end + "," + end + "," + t + ",PLAY_END,"
                    + "library / album-detail,Berlin,DE,52.52,13.40,Example Telekom,ITUNES_STORE_CONTENT," + media
                    + ",AUDIO,false," + played + ",Track " + track + ",IPHONE,0,Germany,7200\r\n");
            t = end.plusMillis(random.nextInt(30_000));
        }
    }

    private static void writeYouTube(BufferedWriter out, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            Instant t = EPOCH;
            for (int i = 0; i < n; i++) {
                int track = random.nextInt(5000);
                t = t.plusMillis(60_000 + random.nextInt(300_000));
                boolean music = random.nextInt(10) != 0;
                g.writeStartObject();
                g.writeStringField("header", music ? "YouTube Music" : "YouTube");
                g.writeStringField("title", "Watched Track " + track);
                g.writeStringField("titleUrl", "https://music.youtube.com/watch?v=" + Long.toString(1_000_000_000_000L + track, 36));
                g.writeArrayFieldStart("subtitles");
                g.writeStartObject();
                g.writeStringField("name", ARTISTS[track % ARTISTS.length] + " - Topic");
                g.writeStringField("url", "https://www.youtube.com/channel/UC-oXNBXG4lHLc7cNuK6mwPQ");
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("time", t.toString());
                g.writeArrayFieldStart("products");
                g.writeString("YouTube");
                g.writeEndArray();
                g.writeArrayFieldStart("activityControls");
                g.writeString("YouTube watch history");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String lastfmDate(long epoch) {
        return DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(epoch));
    }

    private static void listenbrainz(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            long t = START + i * 200L;
            out.write("{\"inserted_at\": " + (t + 3) + ".120000, \"listened_at\": " + t + ".000000, \"track_metadata\": {\"track_name\": "
                    + json(TITLES[a]) + ", \"artist_name\": " + json(SCROBBLED_ARTISTS[a]) + ", \"mbid_mapping\": null, \"release_name\": \"Album\", "
                    + "\"recording_msid\": \"d23f4719-9212-49f0-ad08-" + String.format("%012d", i) + "\", \"additional_info\": "
                    + "{\"duration_ms\": 205000, \"spotify_id\": \"https://open.spotify.com/track/5pXZ2RNh1U5M9hHtRQCvmr\", "
                    + "\"music_service\": \"spotify.com\", \"submission_client\": \"listenbrainz\"}}}\n");
        }
    }

    private static void lastfmCsv(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            out.write(SCROBBLED_ARTISTS[a].replace(",", "") + ",Album," + TITLES[a] + "," + lastfmDate(START - i * 200L).replace(",", "") + "\n");
        }
    }

    private static void ghanCsv(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write("uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            long t = START - i * 200L;
            out.write(String.join(",", csv(Long.toString(t)), csv(lastfmDate(t)), csv(SCROBBLED_ARTISTS[a]),
                    csv("f6beac20-5dfe-4d1f-ae02-0b0a740aafd6"), csv("Album"), csv(""), csv(TITLES[a]), csv("")) + "\n");
        }
    }

    private static void apiPages(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write("[");
        for (int i = 0; i < n; i++) {
            if (i % 200 == 0) {
                out.write((i == 0 ? "" : "]}},") + "{\"recenttracks\":{\"@attr\":{\"page\":\"" + (i / 200 + 1) + "\"},\"track\":[");
            } else {
                out.write(",");
            }
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            long t = START - i * 200L;
            out.write("{\"artist\":{\"mbid\":\"\",\"#text\":" + json(SCROBBLED_ARTISTS[a]) + "},\"streamable\":\"0\",\"image\":["
                    + "{\"size\":\"small\",\"#text\":\"https://lastfm.freetls.fastly.net/i/u/34s/2552a65281d84644b99c2976e1ff5f10.png\"},"
                    + "{\"size\":\"large\",\"#text\":\"https://lastfm.freetls.fastly.net/i/u/174s/2552a65281d84644b99c2976e1ff5f10.png\"}],"
                    + "\"mbid\":\"\",\"album\":{\"mbid\":\"\",\"#text\":\"Album\"},\"name\":" + json(TITLES[a])
                    + ",\"url\":\"https://www.last.fm/music/x/_/y\",\"date\":{\"uts\":\"" + t + "\",\"#text\":\"" + lastfmDate(t) + "\"}}");
        }
        out.write(n == 0 ? "]" : "]}}]");
    }

    private static void librefm(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write("# Data export from Libre.fm,,,\n# 2025-07-23 15:05:47 -0400,,,\n# host,,,\nArtist,Track,Album,Time\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            out.write(csv(SCROBBLED_ARTISTS[a]) + "," + TITLES[a] + ",Album," + (START + i * 200L) + "\n");
        }
    }

    private static void maloja(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write("{\n   \"maloja\": {\n      \"export_time\": 1761035593\n   },\n   \"scrobbles\": [\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            out.write((i == 0 ? "" : ",\n") + "      {\n         \"time\": " + (START + i * 200L) + ",\n         \"track\": {\n"
                    + "            \"artists\": [\n               " + json(SCROBBLED_ARTISTS[a]) + "\n            ],\n            \"title\": "
                    + json(TITLES[a]) + ",\n            \"album\": {\n               \"artists\": [\n               " + json(SCROBBLED_ARTISTS[a])
                    + "\n               ],\n               \"albumtitle\": \"Album\"\n            },\n            \"length\": 220\n"
                    + "         },\n         \"duration\": 200,\n         \"origin\": \"client:turntable\"\n      }");
        }
        out.write("\n   ]\n}");
    }

    private static void scrobblerLog(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write("#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox sansae200 $Revision$\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            out.write(SCROBBLED_ARTISTS[a] + "\tAlbum\t" + TITLES[a] + "\t1\t365\t" + (r.nextInt(5) == 0 ? "S" : "L") + "\t"
                    + (START + i * 200L) + "\t62c2e20a-559e-422f-a44c-9afa7882f0c4\n");
        }
    }

    private static void catalog(BufferedWriter out, int n, long seed) throws IOException {
        Random r = new Random(seed);
        out.write(",track_id,artists,album_name,track_name,popularity,duration_ms,explicit,danceability,energy,key,loudness,"
                + "mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo,time_signature,track_genre\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(SCROBBLED_ARTISTS.length);
            out.write(i + "," + String.format("%022d", i) + "," + csv(SCROBBLED_ARTISTS[a] + ";Guest") + ",Album," + TITLES[a] + ",73,230666,False,"
                    + String.format(Locale.ROOT, "%.3f,%.3f,%d,%.3f,%d,%.4f,%.4f,%.2e,%.3f,%.3f,%.3f,4,acoustic",
                    r.nextDouble(), r.nextDouble(), r.nextInt(12), -20 * r.nextDouble(), r.nextInt(2), r.nextDouble() / 3,
                    r.nextDouble(), r.nextDouble() / 1000, r.nextDouble(), r.nextDouble(), 60 + 120 * r.nextDouble()) + "\n");
        }
    }
}
