package dev.earshot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.TrackMetadata;
import dev.earshot.imports.AppleMusicReader;
import dev.earshot.imports.Export;
import dev.earshot.imports.ExportEntry;
import dev.earshot.imports.ExportReader;
import dev.earshot.imports.ImportOptions;
import dev.earshot.imports.ImportSink;
import dev.earshot.imports.ImportedListen;
import dev.earshot.imports.LeftOut;
import dev.earshot.imports.SpotifyAccountReader;
import dev.earshot.imports.SpotifyExtendedReader;
import dev.earshot.imports.YouTubeMusicReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Records per second of each export reader alone (parse + map, no storage), on a file written in the
 * format's real shape by a seeded generator, read from disk after one untimed warm-up pass. The figure is the
 * reader's ceiling; an import also stores what it reads.
 */
public final class ReaderBenchmark {
    /** What one reader measured: records it saw (listens + left out + rejected), seconds, file size. */
    public record Result(String format, long records, long listens, double seconds, double cpuSeconds, long bytes) {
        public double perSecond() {
            return records / seconds;
        }

        /** On a shared machine the wall clock also counts waiting for a core; CPU time does not. */
        public double perCpuSecond() {
            return records / cpuSeconds;
        }
    }

    private static final String[] ARTISTS = {"Daft Punk", "Phoebe Bridgers", "Tyler, The Creator", "Sault",
        "Beyoncé", "The xx", "Cage The Elephant", "Queen", "David Bowie", "Sabrina Carpenter"};
    private static final String[] PLATFORMS = {"Android OS 9 API 28 (samsung, SM-G960F)", "iOS 12.1.4 (iPhone8,1)",
        "Windows 10 (10.0.19041; x64)", "android", "ios", "osx", "web_player windows 10;chrome 91.0;desktop"};
    private static final String[] REASONS = {"trackdone", "trackdone", "trackdone", "fwdbtn", "backbtn", "endplay"};
    private static final Instant EPOCH = Instant.parse("2019-01-01T00:00:00Z");

    private ReaderBenchmark() {
    }

    public static List<Result> run(Path dir, int records, long seed) throws IOException {
        Files.createDirectories(dir);
        Path spotify = dir.resolve("Streaming_History_Audio_bench_0.json");
        Path account = dir.resolve("StreamingHistory_music_0.json");
        Path apple = dir.resolve("Apple Music Play Activity.csv");
        Path youtube = dir.resolve("watch-history.json");
        writeSpotify(spotify, records, seed);
        writeAccount(account, records, seed);
        writeApple(apple, records, seed);
        writeYouTube(youtube, records, seed);
        return List.of(measure(new SpotifyExtendedReader(), spotify), measure(new SpotifyAccountReader(), account),
                measure(new AppleMusicReader(), apple), measure(new YouTubeMusicReader(), youtube));
    }

    private static Result measure(ExportReader reader, Path file) throws IOException {
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
        Counter counter = new Counter();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        reader.read(entry, export, ImportOptions.DEFAULTS, counter);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(reader.format().wire(), counter.listens + counter.other, counter.listens, seconds, cpuSeconds,
                Files.size(file));
    }

    private static void writeSpotify(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
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

    private static void writeAccount(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
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

    private static void writeApple(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] reasons = {"NATURAL_END_OF_TRACK", "NATURAL_END_OF_TRACK", "TRACK_SKIPPED_FORWARDS",
            "PLAYBACK_MANUALLY_PAUSED", "MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM"};
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("Album Name,Build Version,Client IP Address,Client Platform,Container Album Name,Container ID,"
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
                w.write(album + ",Music/1.3.5 iOS/16.4.1,2001:db8::" + random.nextInt(999) + ",iOS," + album
                        + ",1524493430,ALBUM,AB12CD34-5678-4EF0-9ABC-DEF012345678,iOS,\"iPhone14,2\"," + played + ","
                        + reasons[random.nextInt(reasons.length)] + "," + end + "," + end + "," + t + ",PLAY_END,"
                        + "library / album-detail,Berlin,DE,52.52,13.40,Example Telekom,ITUNES_STORE_CONTENT," + media
                        + ",AUDIO,false," + played + ",Track " + track + ",IPHONE,0,Germany,7200\r\n");
                t = end.plusMillis(random.nextInt(30_000));
            }
        }
    }

    private static void writeYouTube(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
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

    /** Counts what a reader sends, keeping nothing. */
    private static final class Counter implements ImportSink {
        long listens;
        long other;

        @Override
        public void listen(ImportedListen listen) {
            listens++;
        }

        @Override
        public void leftOut(LeftOut kind) {
            other++;
        }

        @Override
        public void rejected(String file, long index, String field, String reason, String raw) {
            other++;
        }

        @Override
        public void catalogTrack(String trackId, TrackMetadata track) {
            other++;
        }
    }
}
