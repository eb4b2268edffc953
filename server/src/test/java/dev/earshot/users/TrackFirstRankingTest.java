package dev.earshot.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.analytics.Range;
import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The top track and top artists ranked per track before the catalog join answer exactly what the join of every
 * listen answered (the SQL before the change, kept here as the reference): random listens with ties, NULL ms
 * played, tracks missing from the catalog and split artist credits, over several ranges and seeds.
 */
class TrackFirstRankingTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String IN_RANGE = ProfileSql.IN_RANGE;

    @Test
    void rankingPerTrackFirstMatchesTheJoinOfEveryListen() throws SQLException {
        for (long seed = 1; seed <= 12; seed++) {
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
                fill(conn, new Random(seed));
                for (int days : new int[] {1, 3, 10, 40}) {
                    Range r = new Range(T0.plus(Duration.ofDays(seed % 5)), T0.plus(Duration.ofDays(seed % 5 + days)));
                    assertThat(rows(conn, ProfileSql.topArtists(r, 5))).as("top artists, seed %d", seed)
                            .isEqualTo(rows(conn, oldTopArtists(r, 5)));
                    assertThat(rows(conn, WrappedSql.topTrack(r))).as("top track, seed %d", seed)
                            .isEqualTo(rows(conn, oldTopTrack(r)));
                    assertThat(rows(conn, WrappedSql.topArtist(r))).as("top artist, seed %d", seed)
                            .isEqualTo(rows(conn, oldTopArtist(r)));
                }
            }
        }
    }

    private static void fill(Connection conn, Random random) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE mine (ts TIMESTAMP, event_type VARCHAR, track_id VARCHAR, ms_played BIGINT)");
            st.execute("CREATE TABLE tracks (track_id VARCHAR PRIMARY KEY, title VARCHAR, artist VARCHAR)");
            st.execute("CREATE TABLE track_artists (track_id VARCHAR, artist VARCHAR)");
        }
        try (PreparedStatement track = conn.prepareStatement("INSERT INTO tracks VALUES (?, ?, ?)");
             PreparedStatement credit = conn.prepareStatement("INSERT INTO track_artists VALUES (?, ?)")) {
            // Tracks 0..29 are in the catalog (30..39 are not); every fifth has a second artist credited.
            for (int t = 0; t < 30; t++) {
                String artist = "artist-" + t % 7;
                track.setString(1, "t" + t);
                track.setString(2, t % 9 == 0 ? null : "title " + t);
                track.setString(3, artist);
                track.execute();
                credit.setString(1, "t" + t);
                credit.setString(2, artist);
                credit.execute();
                if (t % 5 == 0) {
                    credit.setString(1, "t" + t);
                    credit.setString(2, "artist-" + (t + 3) % 7);
                    credit.execute();
                }
            }
        }
        try (PreparedStatement listen = conn.prepareStatement("INSERT INTO mine VALUES (make_timestamp(?), ?, ?, ?)")) {
            for (int i = 0; i < 400; i++) {
                listen.setLong(1, Cursor.micros(T0.plus(Duration.ofMinutes(random.nextInt(50 * 24 * 60)))));
                listen.setString(2, random.nextInt(4) == 0 ? "skip" : "play");
                listen.setString(3, "t" + random.nextInt(40));
                // Multiples of a minute make ties likely; some listens have no known ms played.
                if (random.nextInt(6) == 0) {
                    listen.setObject(4, null);
                } else {
                    listen.setLong(4, 60_000L * random.nextInt(4));
                }
                listen.execute();
            }
        }
    }

    private static BoundSql oldTopArtists(Range r, int limit) {
        return BoundSql.of("SELECT t.artist, count(*) FILTER (WHERE m.event_type = 'play') AS plays,"
                + " coalesce(sum(m.ms_played), 0) / 60000.0 AS minutes FROM mine m JOIN track_artists t ON t.track_id = m.track_id"
                + " WHERE m." + IN_RANGE + " GROUP BY 1 ORDER BY plays DESC, minutes DESC, 1 LIMIT ?",
                ProfileSql.from(r), ProfileSql.to(r), limit);
    }

    private static BoundSql oldTopTrack(Range r) {
        return BoundSql.of("SELECT m.track_id, any_value(t.title), any_value(t.artist),"
                + " coalesce(sum(m.ms_played), 0) / 60000.0 AS minutes FROM mine m LEFT JOIN tracks t ON t.track_id = m.track_id"
                + " WHERE m." + IN_RANGE + " GROUP BY m.track_id ORDER BY minutes DESC, m.track_id LIMIT 1",
                ProfileSql.from(r), ProfileSql.to(r));
    }

    private static BoundSql oldTopArtist(Range r) {
        return BoundSql.of("SELECT t.artist, coalesce(sum(m.ms_played), 0) / 60000.0 AS minutes FROM mine m"
                + " JOIN track_artists t ON t.track_id = m.track_id WHERE m." + IN_RANGE
                + " GROUP BY t.artist ORDER BY minutes DESC, t.artist LIMIT 1", ProfileSql.from(r), ProfileSql.to(r));
    }

    /** Every row as its columns' strings, in order, with the numbers as the Java types the pages read. */
    private static List<List<String>> rows(Connection conn, BoundSql sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    Object v = rs.getObject(c);
                    row.add(v instanceof Number n && !(v instanceof Double) ? Long.toString(n.longValue()) : String.valueOf(v));
                }
                out.add(row);
            }
        }
        return out;
    }
}
