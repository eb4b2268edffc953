package dev.earshot.bench;

import dev.earshot.event.TrackMetadata;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Speed of the scrobble-service readers alone (no storage): a file of N records in each format, written in that
 * format's real shape from a fixed seed, read a few times into a sink that only counts; the best run is kept.
 */
public final class ScrobbleReaderBenchmark {
    private static final String[] ARTISTS = {"Sigur Rós", "Tyler, The Creator", "Khruangbin", "Boards of Canada",
            "Röyksopp", "The Black Keys", "Björk", "Masego", "Portishead", "Daft Punk"};
    private static final String[] TITLES = {"Hoppípolla", "EARFQUAKE", "Time (You and I)", "Roygbiv", "Some Resolve",
            "Sister", "Jóga", "Tadow", "Roads", "Digital Love"};
    private static final long START = 1_600_000_000L;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** One format's figures. */
    public record Figure(String format, long records, long bytes, double seconds, double cpuSeconds) {
        public double recordsPerSecond() {
            return records / seconds;
        }

        /** Per second of this thread's CPU: what the reader costs when the machine is shared. */
        public double recordsPerCpuSecond() {
            return records / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private interface Writer {
        void write(BufferedWriter out, int n, Random random) throws IOException;
    }

    private record Case(String name, String fileName, ExportReader reader, Writer writer) {
    }

    private ScrobbleReaderBenchmark() {
    }

    public static List<Figure> measure(int records, int runs, Path dir) throws IOException {
        List<Case> cases = List.of(
                new Case("listenbrainz", "4.jsonl", new ListenBrainzReader(), ScrobbleReaderBenchmark::listenbrainz),
                new Case("lastfm-csv", "user.csv", new LastfmCsvReader(), ScrobbleReaderBenchmark::lastfmCsv),
                new Case("lastfm-ghan", "recenttracks-user.csv", new LastfmGhanReader(), ScrobbleReaderBenchmark::ghanCsv),
                new Case("lastfm-api", "recenttracks.json", new LastfmRecentTracksReader(), ScrobbleReaderBenchmark::apiPages),
                new Case("librefm", "librefm.csv", new LibrefmReader(), ScrobbleReaderBenchmark::librefm),
                new Case("maloja", "maloja_export.json", new MalojaReader(), ScrobbleReaderBenchmark::maloja),
                new Case("scrobbler-log", ".scrobbler.log", new ScrobblerLogReader(), ScrobbleReaderBenchmark::scrobblerLog),
                new Case("catalog", "dataset.csv", new CatalogCsvReader(), ScrobbleReaderBenchmark::catalog));
        List<Figure> figures = new ArrayList<>();
        for (Case c : cases) {
            Path file = dir.resolve(c.fileName());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                c.writer().write(out, records, new Random(42));
            }
            long bytes = Files.size(file);
            ExportEntry entry = new ExportEntry() {
                @Override
                public String name() {
                    return c.fileName();
                }

                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            };
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            long read = 0;
            for (int run = 0; run < runs; run++) {
                Counting sink = new Counting();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                c.reader().read(entry, new Export(List.of(entry)), ImportOptions.DEFAULTS, sink);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
                read = sink.records;
                if (sink.rejected > 0) {
                    throw new IllegalStateException(c.name() + ": " + sink.rejected + " generated records were rejected");
                }
            }
            figures.add(new Figure(c.name(), read, bytes, best, bestCpu));
            Files.delete(file);
        }
        return figures;
    }

    private static final class Counting implements ImportSink {
        long records;
        long rejected;

        @Override
        public void listen(ImportedListen listen) {
            records++;
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

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String lastfmDate(long epoch) {
        return java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochSecond(epoch));
    }

    private static void listenbrainz(BufferedWriter out, int n, Random r) throws IOException {
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            long t = START + i * 200L;
            out.write("{\"inserted_at\": " + (t + 3) + ".120000, \"listened_at\": " + t + ".000000, \"track_metadata\": {\"track_name\": "
                    + json(TITLES[a]) + ", \"artist_name\": " + json(ARTISTS[a]) + ", \"mbid_mapping\": null, \"release_name\": \"Album\", "
                    + "\"recording_msid\": \"d23f4719-9212-49f0-ad08-" + String.format("%012d", i) + "\", \"additional_info\": "
                    + "{\"duration_ms\": 205000, \"spotify_id\": \"https://open.spotify.com/track/5pXZ2RNh1U5M9hHtRQCvmr\", "
                    + "\"music_service\": \"spotify.com\", \"submission_client\": \"listenbrainz\"}}}\n");
        }
    }

    private static void lastfmCsv(BufferedWriter out, int n, Random r) throws IOException {
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            out.write(ARTISTS[a].replace(",", "") + ",Album," + TITLES[a] + "," + lastfmDate(START - i * 200L).replace(",", "") + "\n");
        }
    }

    private static void ghanCsv(BufferedWriter out, int n, Random r) throws IOException {
        out.write("uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            long t = START - i * 200L;
            out.write(String.join(",", csv(Long.toString(t)), csv(lastfmDate(t)), csv(ARTISTS[a]),
                    csv("f6beac20-5dfe-4d1f-ae02-0b0a740aafd6"), csv("Album"), csv(""), csv(TITLES[a]), csv("")) + "\n");
        }
    }

    private static void apiPages(BufferedWriter out, int n, Random r) throws IOException {
        out.write("[");
        for (int i = 0; i < n; i++) {
            if (i % 200 == 0) {
                out.write((i == 0 ? "" : "]}},") + "{\"recenttracks\":{\"@attr\":{\"page\":\"" + (i / 200 + 1) + "\"},\"track\":[");
            } else {
                out.write(",");
            }
            int a = r.nextInt(ARTISTS.length);
            long t = START - i * 200L;
            out.write("{\"artist\":{\"mbid\":\"\",\"#text\":" + json(ARTISTS[a]) + "},\"streamable\":\"0\",\"image\":["
                    + "{\"size\":\"small\",\"#text\":\"https://lastfm.freetls.fastly.net/i/u/34s/2552a65281d84644b99c2976e1ff5f10.png\"},"
                    + "{\"size\":\"large\",\"#text\":\"https://lastfm.freetls.fastly.net/i/u/174s/2552a65281d84644b99c2976e1ff5f10.png\"}],"
                    + "\"mbid\":\"\",\"album\":{\"mbid\":\"\",\"#text\":\"Album\"},\"name\":" + json(TITLES[a])
                    + ",\"url\":\"https://www.last.fm/music/x/_/y\",\"date\":{\"uts\":\"" + t + "\",\"#text\":\"" + lastfmDate(t) + "\"}}");
        }
        out.write(n == 0 ? "]" : "]}}]");
    }

    private static void librefm(BufferedWriter out, int n, Random r) throws IOException {
        out.write("# Data export from Libre.fm,,,\n# 2025-07-23 15:05:47 -0400,,,\n# host,,,\nArtist,Track,Album,Time\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            out.write(csv(ARTISTS[a]) + "," + TITLES[a] + ",Album," + (START + i * 200L) + "\n");
        }
    }

    private static void maloja(BufferedWriter out, int n, Random r) throws IOException {
        out.write("{\n   \"maloja\": {\n      \"export_time\": 1761035593\n   },\n   \"scrobbles\": [\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            out.write((i == 0 ? "" : ",\n") + "      {\n         \"time\": " + (START + i * 200L) + ",\n         \"track\": {\n"
                    + "            \"artists\": [\n               " + json(ARTISTS[a]) + "\n            ],\n            \"title\": "
                    + json(TITLES[a]) + ",\n            \"album\": {\n               \"artists\": [\n               " + json(ARTISTS[a])
                    + "\n               ],\n               \"albumtitle\": \"Album\"\n            },\n            \"length\": 220\n"
                    + "         },\n         \"duration\": 200,\n         \"origin\": \"client:turntable\"\n      }");
        }
        out.write("\n   ]\n}");
    }

    private static void scrobblerLog(BufferedWriter out, int n, Random r) throws IOException {
        out.write("#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox sansae200 $Revision$\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            out.write(ARTISTS[a] + "\tAlbum\t" + TITLES[a] + "\t1\t365\t" + (r.nextInt(5) == 0 ? "S" : "L") + "\t"
                    + (START + i * 200L) + "\t62c2e20a-559e-422f-a44c-9afa7882f0c4\n");
        }
    }

    private static void catalog(BufferedWriter out, int n, Random r) throws IOException {
        out.write(",track_id,artists,album_name,track_name,popularity,duration_ms,explicit,danceability,energy,key,loudness,"
                + "mode,speechiness,acousticness,instrumentalness,liveness,valence,tempo,time_signature,track_genre\n");
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(ARTISTS.length);
            out.write(i + "," + String.format("%022d", i) + "," + csv(ARTISTS[a] + ";Guest") + ",Album," + TITLES[a] + ",73,230666,False,"
                    + String.format(Locale.ROOT, "%.3f,%.3f,%d,%.3f,%d,%.4f,%.4f,%.2e,%.3f,%.3f,%.3f,4,acoustic",
                    r.nextDouble(), r.nextDouble(), r.nextInt(12), -20 * r.nextDouble(), r.nextInt(2), r.nextDouble() / 3,
                    r.nextDouble(), r.nextDouble() / 1000, r.nextDouble(), r.nextDouble(), 60 + 120 * r.nextDouble()) + "\n");
        }
    }
}
