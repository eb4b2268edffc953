package dev.earshot.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A Spotify Extended Streaming History file of {@code records} plays, in the download's field names and
 * shapes, over {@code tracks} songs from a seed: what the import benchmark reads. {@code ts} is each stream's end.
 */
public final class SpotifyHistoryFile {
    private SpotifyHistoryFile() {
    }

    public static void write(Path file, int records, int tracks, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long t = Instant.parse("2021-01-01T00:00:00Z").toEpochMilli();
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (int i = 0; i < records; i++) {
                int track = (int) Math.min(tracks - 1, Math.abs(r.nextGaussian()) * tracks / 3);
                boolean skipped = r.nextInt(5) == 0;
                long ms = skipped ? 2_000 + r.nextInt(25_000) : 150_000 + r.nextInt(90_000);
                t += ms + r.nextInt(3_000) + (r.nextInt(40) == 0 ? 3_600_000L * r.nextInt(1, 10) : 0);
                g.writeStartObject();
                g.writeStringField("ts", Instant.ofEpochMilli(t - t % 1000).toString());
                g.writeStringField("platform", r.nextBoolean() ? "android" : "windows");
                g.writeNumberField("ms_played", ms);
                g.writeStringField("conn_country", "GB");
                g.writeStringField("ip_addr", "198.51.100.7");
                g.writeStringField("master_metadata_track_name", "Song " + track);
                g.writeStringField("master_metadata_album_artist_name", "Artist " + track / 10);
                g.writeStringField("master_metadata_album_album_name", "Album " + track / 5);
                g.writeStringField("spotify_track_uri", "spotify:track:" + base62(track));
                g.writeNullField("episode_name");
                g.writeNullField("episode_show_name");
                g.writeNullField("spotify_episode_uri");
                g.writeStringField("reason_start", "trackdone");
                g.writeStringField("reason_end", skipped ? "fwdbtn" : "trackdone");
                g.writeBooleanField("shuffle", r.nextBoolean());
                g.writeBooleanField("skipped", skipped);
                g.writeBooleanField("offline", false);
                g.writeNumberField("offline_timestamp", 0);
                g.writeBooleanField("incognito_mode", false);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
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
