package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.Range;
import dev.earshot.store.Cursor;

/** The SQL of each profile question over one listener's rows, {@code mine} ({@link Mine}); a listen is a play. */
final class ProfileSql {
    static final String IN_RANGE = "ts >= make_timestamp(?) AND ts < make_timestamp(?)";

    private ProfileSql() {
    }

    /** Plays and ms played in the range; first and last event and event count over all time. */
    static BoundSql totals(Range r) {
        return BoundSql.of("SELECT count(*) FILTER (WHERE event_type = 'play' AND " + IN_RANGE + "),"
                + " coalesce(sum(ms_played) FILTER (WHERE " + IN_RANGE + "), 0),"
                + " epoch_us(min(ts)), epoch_us(max(ts)), count(*) FROM mine", from(r), to(r), from(r), to(r));
    }

    /**
     * Summed per track before the join to the artists: the join meets a row per track instead of one per listen.
     * Exact: plays and ms are integers, and sum() skips NULLs in both steps as it would in one.
     */
    static BoundSql topArtists(Range r, int limit) {
        return BoundSql.of("SELECT t.artist, sum(m.plays)::BIGINT AS plays, coalesce(sum(m.ms), 0) / 60000.0 AS minutes FROM ")
                .then(perTrack(r)).then(" m JOIN track_artists t ON t.track_id = m.track_id"
                        + " GROUP BY 1 ORDER BY plays DESC, minutes DESC, 1 LIMIT ?", limit);
    }

    /** The range's listens of {@code mine} per track: plays and ms played (NULL when none is known), parenthesised. */
    static BoundSql perTrack(Range r) {
        return BoundSql.of("(SELECT track_id, count(*) FILTER (WHERE event_type = 'play') AS plays, sum(ms_played) AS ms"
                + " FROM mine WHERE " + IN_RANGE + " GROUP BY track_id)", from(r), to(r));
    }

    /** The oldest and newest timestamp of the {@code n} newest events in the range: the window they lie in. */
    static BoundSql newest(Range r, int n) {
        return BoundSql.of("SELECT epoch_us(min(ts)), epoch_us(max(ts)) FROM (SELECT ts FROM mine WHERE " + IN_RANGE
                + " ORDER BY ts DESC LIMIT ?)", from(r), to(r), n);
    }

    static long from(Range r) {
        return Cursor.micros(r.from());
    }

    static long to(Range r) {
        return Cursor.micros(r.to());
    }
}
