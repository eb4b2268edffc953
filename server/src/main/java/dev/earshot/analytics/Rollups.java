package dev.earshot.analytics;

import dev.earshot.store.Cursor;
import dev.earshot.store.SqlWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pre-aggregated events for the questions that must stay fast at millions of events (overview, top charts):
 * per hour, platform, country and user; per day, platform, country and track; and per day and track alone, for
 * the unfiltered charts the dashboard opens with (a third of the rows of the one by platform and country, whose
 * 45k tracks a week times their countries is what a chart must add up); plays with a genre, and with a mood by
 * local hour, per hour, platform and country (genres, moods); plays per day, platform, country, listener and
 * track, with the first play's time (trending and emerging artists, which count listeners distinct). Retention
 * reads the user-hour rollup. They are derived data, kept
 * beside {@code events} and rebuildable from it, so they live here rather than in the schema migrations.
 *
 * <p>A refresh folds in the events <em>received</em> after the watermark and up to a given instant, in one
 * transaction with the new watermark; the event time does not work as a watermark, since imports and late
 * clients add old events at any time. Readers take the rollups plus the events received after the watermark
 * (see {@link RolledUpEvents}). Rows are added per refresh, in time order so that DuckDB's per-row-group
 * min/max let a range skip the rest, and summed when read.
 */
public final class Rollups {
    static final String USER_HOUR = "rollup_user_hour";
    static final String TRACK_DAY = "rollup_track_day";
    static final String TRACK_DAY_ALL = "rollup_track_day_all";
    static final String GENRE_HOUR = "rollup_genre_hour";
    static final String MOOD_HOUR = "rollup_mood_hour";
    /**
     * The rollups' shape. Bump it when a rollup table changes: at the next start the old tables are dropped and
     * rebuilt from {@code events} (they are derived data), instead of being read with the wrong columns.
     */
    static final int LAYOUT = 2;
    private static final String DROP_OTHER_LAYOUT = """
            CREATE TABLE IF NOT EXISTS rollup_layout (version INTEGER NOT NULL);
            DROP TABLE IF EXISTS rollup_watermark;
            DROP TABLE IF EXISTS rollup_user_hour;
            DROP TABLE IF EXISTS rollup_track_day;
            DROP TABLE IF EXISTS rollup_track_day_all;
            DROP TABLE IF EXISTS rollup_genre_hour;
            DROP TABLE IF EXISTS rollup_mood_hour;
            DELETE FROM rollup_layout;
            INSERT INTO rollup_layout VALUES (%d);
            """.formatted(LAYOUT);
    private static final String DDL = """
            CREATE TABLE IF NOT EXISTS rollup_watermark (name VARCHAR PRIMARY KEY, received_to TIMESTAMP NOT NULL);
            INSERT INTO rollup_watermark VALUES ('events', make_timestamp(0)) ON CONFLICT DO NOTHING;
            CREATE TABLE IF NOT EXISTS rollup_user_hour (hour TIMESTAMP, platform VARCHAR, country VARCHAR, user_id VARCHAR,
                events BIGINT, plays BIGINT, ms_played BIGINT, skips BIGINT, likes BIGINT, shares BIGINT,
                engagement_sum DOUBLE, engagement_n BIGINT);
            CREATE TABLE IF NOT EXISTS rollup_track_day (day TIMESTAMP, platform VARCHAR, country VARCHAR, track_id VARCHAR,
                plays BIGINT, ms_played BIGINT);
            CREATE TABLE IF NOT EXISTS rollup_track_day_all (day TIMESTAMP, track_id VARCHAR, plays BIGINT, ms_played BIGINT);
            CREATE TABLE IF NOT EXISTS rollup_genre_hour (hour TIMESTAMP, platform VARCHAR, country VARCHAR, genre VARCHAR,
                plays BIGINT);
            CREATE TABLE IF NOT EXISTS rollup_mood_hour (hour TIMESTAMP, platform VARCHAR, country VARCHAR, mood VARCHAR,
                local_hour INTEGER, plays BIGINT);
            """;
    private static final String NEW_EVENTS = """
            FROM listens WHERE received_at > (SELECT received_to FROM rollup_watermark WHERE name = 'events')
                          AND received_at <= make_timestamp(?)""";
    private static final String FOLD_USERS = """
            INSERT INTO rollup_user_hour
            SELECT date_trunc('hour', ts), platform, country, user_id, sum(events), sum(plays), sum(ms_played), sum(skips),
                   sum(likes), sum(shares), sum(engagement_sum), sum(engagement_n)
            FROM (SELECT ts, platform, country, %s %s) GROUP BY 1, 2, 3, 4 ORDER BY 1""".formatted(RawEvents.USER_COLUMNS, NEW_EVENTS);
    private static final String FOLD_TRACKS = """
            INSERT INTO rollup_track_day
            SELECT date_trunc('day', ts), platform, country, track_id, sum(plays), sum(ms_played)
            FROM (SELECT ts, platform, country, %s %s) GROUP BY 1, 2, 3, 4 ORDER BY 1""".formatted(RawEvents.TRACK_COLUMNS, NEW_EVENTS);
    private static final String FOLD_TRACKS_ALL = """
            INSERT INTO rollup_track_day_all
            SELECT date_trunc('day', ts), track_id, sum(plays), sum(ms_played)
            FROM (SELECT ts, %s %s) GROUP BY 1, 2 ORDER BY 1""".formatted(RawEvents.TRACK_COLUMNS, NEW_EVENTS);
    /**
     * The plays by hour for genres and moods. %s selects the events: the new ones, or those of the hours an erasure
     * recomputes. (Trending and emerging artists read the events: a rollup by day, listener and track was measured
     * at 10M events to be as large as the plays themselves, and no faster; it would need distinct listener-artist
     * pairs per day, which the catalog can change.)
     */
    private static final String FOLD_GENRES = """
            INSERT INTO rollup_genre_hour
            SELECT date_trunc('hour', ts), platform, country, %s FROM listens ev WHERE %%s AND %s
            GROUP BY 1, 2, 3, 4 ORDER BY 1""".formatted(RawEvents.GENRE_FOLD, RawEvents.GENRE_PLAYS);
    private static final String FOLD_MOODS = """
            INSERT INTO rollup_mood_hour
            SELECT date_trunc('hour', ts), platform, country, %s FROM listens ev WHERE %%s AND %s
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 1""".formatted(RawEvents.MOOD_FOLD, RawEvents.MOOD_PLAYS);
    private static final String NEW = """
            received_at > (SELECT received_to FROM rollup_watermark WHERE name = 'events')
            AND received_at <= make_timestamp(?)""";
    /** The hours an erasure recomputes (noted before the listener's events went), as far as they were rolled up. */
    private static final String ERASED_HOURS = "date_trunc('hour', ev.ts) IN (SELECT hour FROM erased_hours) AND ev."
            + "received_at <= (SELECT received_to FROM rollup_watermark WHERE name = 'events')";
    /** The events already folded into the rollups. */
    private static final String ROLLED_UP =
            "received_at <= (SELECT received_to FROM rollup_watermark WHERE name = 'events')";
    private static final String ADVANCE = "UPDATE rollup_watermark SET received_to = make_timestamp(?) WHERE name = 'events'";

    private final SqlWriter db;

    public Rollups(SqlWriter db) {
        this.db = db;
    }

    /**
     * Creates the rollup tables if they are missing, and rebuilds them if they were made for another
     * {@link #LAYOUT}; safe to call at every start.
     */
    public Rollups ensure() {
        db.writeAside(conn -> {
            try (Statement st = conn.createStatement()) {
                if (storedLayout(st) != LAYOUT) {
                    st.execute(DROP_OTHER_LAYOUT);
                }
                st.execute(DDL);
            }
            return null;
        });
        return this;
    }

    /** The layout the rollups on file were made for; 0 when none is recorded (none, or made before layouts). */
    private static int storedLayout(Statement st) throws SQLException {
        st.execute("CREATE TABLE IF NOT EXISTS rollup_layout (version INTEGER NOT NULL)");
        try (var rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM rollup_layout")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Folds in every event received up to {@code upTo}. Call it with an instant a little in the past (see
     * {@link RollupRefresher}): an event received just before it may still be waiting for its commit.
     */
    public void refresh(Instant upTo) {
        long micros = Cursor.micros(upTo);
        db.writeAsideInTransaction(conn -> {
            run(conn, FOLD_USERS, micros);
            run(conn, FOLD_TRACKS, micros);
            run(conn, FOLD_TRACKS_ALL, micros);
            foldPlays(conn, micros);
            run(conn, ADVANCE, micros);
            return null;
        });
    }

    /**
     * Recomputes the rollups from {@code listens}, up to the watermark they had, inside the caller's transaction:
     * the cleanup rules changed which listens count, and the rollups must answer as the raw events now do (readers
     * see the old rollups or the new ones, never a mix). Does nothing when the rollups were never made.
     */
    public static void refold(Connection conn) throws SQLException {
        if (!exists(conn)) {
            return;
        }
        long watermark;
        try (Statement st = conn.createStatement();
             var rs = st.executeQuery("SELECT epoch_us(received_to) FROM rollup_watermark WHERE name = 'events'")) {
            rs.next();
            watermark = rs.getLong(1);
            st.execute("DELETE FROM " + USER_HOUR + "; DELETE FROM " + TRACK_DAY + "; DELETE FROM " + TRACK_DAY_ALL
                    + "; DELETE FROM " + GENRE_HOUR + "; DELETE FROM " + MOOD_HOUR + "; UPDATE rollup_watermark SET received_to = make_timestamp(0) WHERE name = 'events'");
        }
        run(conn, FOLD_USERS, watermark);
        run(conn, FOLD_TRACKS, watermark);
        run(conn, FOLD_TRACKS_ALL, watermark);
        foldPlays(conn, watermark);
        run(conn, ADVANCE, watermark);
    }

    /** Whether the rollups counted any event of the tracks in the table {@code tracks} (a name from code). */
    public static boolean countedAnyOf(Connection conn, String tracks) throws SQLException {
        if (!exists(conn)) {
            return false;
        }
        try (Statement st = conn.createStatement(); var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM events e JOIN "
                + tracks + " c ON c.track_id = e.track_id WHERE e." + ROLLED_UP + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Erasure, part one, inside the erasing transaction and before the listener's events are deleted: notes the
     * track-days their rolled-up events were counted in (the track rollups carry no user, so those rows must be
     * recomputed rather than deleted). Does nothing when the rollups were never made.
     */
    public static void noteTrackDaysOf(Connection conn, String userId) throws SQLException {
        if (!exists(conn)) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("CREATE OR REPLACE TEMP TABLE erased_track_days AS"
                + " SELECT DISTINCT date_trunc('day', ts) AS day, track_id FROM events WHERE user_id = ? AND "
                + ROLLED_UP)) {
            ps.setString(1, userId);
            ps.execute();
        }
        try (PreparedStatement ps = conn.prepareStatement("CREATE OR REPLACE TEMP TABLE erased_hours AS"
                + " SELECT DISTINCT date_trunc('hour', ts) AS hour FROM events WHERE user_id = ? AND " + ROLLED_UP)) {
            ps.setString(1, userId);
            ps.execute();
        }
    }

    /**
     * Erasure, part two, after the listener's events are deleted: drops their user-hour rows and recomputes the
     * noted track-days from the events that remain, so that the overview and the charts stop counting them.
     * Answers the rows removed per rollup table (a recomputed track-day counts as removed when nothing is left).
     */
    public static Map<String, Long> forget(Connection conn, String userId) throws SQLException {
        Map<String, Long> removed = new LinkedHashMap<>();
        if (!exists(conn)) {
            return removed;
        }
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + USER_HOUR + " WHERE user_id = ?")) {
            ps.setString(1, userId);
            removed.put(USER_HOUR, (long) ps.executeUpdate());
        }
        try (Statement st = conn.createStatement()) {
            removed.put(TRACK_DAY, recompute(st, TRACK_DAY, "platform, country, ", "1, 2, 3, 4"));
            removed.put(TRACK_DAY_ALL, recompute(st, TRACK_DAY_ALL, "", "1, 2"));
            removed.put(GENRE_HOUR, recomputeHours(st, GENRE_HOUR, FOLD_GENRES));
            removed.put(MOOD_HOUR, recomputeHours(st, MOOD_HOUR, FOLD_MOODS));
            st.execute("DROP TABLE erased_track_days; DROP TABLE erased_hours");
        }
        return removed;
    }

    private static long recompute(Statement st, String table, String keys, String groupBy) throws SQLException {
        long deleted = st.executeUpdate("DELETE FROM " + table + " t USING erased_track_days e"
                + " WHERE t.day = e.day AND t.track_id = e.track_id");
        long added = st.executeUpdate("INSERT INTO " + table + " SELECT date_trunc('day', ts), " + keys
                + "track_id, sum(plays), sum(ms_played) FROM (SELECT ts, " + keys + "ev." + RawEvents.TRACK_COLUMNS
                + " FROM listens ev JOIN erased_track_days e ON date_trunc('day', ev.ts) = e.day"
                + " AND ev.track_id = e.track_id WHERE " + ROLLED_UP.replace("received_at", "ev.received_at")
                + ") GROUP BY " + groupBy + " ORDER BY 1");
        return Math.max(0, deleted - added);
    }

    /** Like {@link #recompute}, for a rollup by hour without tracks: the erased listener's hours, from what is left. */
    private static long recomputeHours(Statement st, String table, String fold) throws SQLException {
        long deleted = st.executeUpdate("DELETE FROM " + table + " WHERE hour IN (SELECT hour FROM erased_hours)");
        long added = st.executeUpdate(fold.formatted(ERASED_HOURS));
        return Math.max(0, deleted - added);
    }

    /** Folds the new events up to {@code micros} into the rollups of plays (genres, moods, artists' listeners). */
    private static void foldPlays(Connection conn, long micros) throws SQLException {
        for (String fold : new String[] {FOLD_GENRES, FOLD_MOODS}) {
            run(conn, fold.formatted(NEW), micros);
        }
    }

    private static boolean exists(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); var rs = st.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'rollup_watermark' AND NOT temporary")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static void run(Connection conn, String sql, long micros) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, micros);
            ps.execute();
        }
    }
}
