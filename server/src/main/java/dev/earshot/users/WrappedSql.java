package dev.earshot.users;

import static dev.earshot.users.ProfileSql.IN_RANGE;
import static dev.earshot.users.ProfileSql.from;
import static dev.earshot.users.ProfileSql.to;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Range;

/** The SQL of each Wrapped figure; minutes are ms played / 60 000 over every event type. */
final class WrappedSql {
    private WrappedSql() {
    }

    /**
     * The track ranked on the listener's rows alone, then joined to the catalog: one key to look up instead of a
     * join of every row to the whole catalog (measured at 10M events and 50k tracks: the join cost ~10 ms).
     */
    static BoundSql topTrack(Range r) {
        return BoundSql.of("SELECT m.track_id, t.title, t.artist, m.minutes FROM (SELECT track_id,"
                + " coalesce(sum(ms_played), 0) / 60000.0 AS minutes FROM mine WHERE " + IN_RANGE
                + " GROUP BY track_id ORDER BY minutes DESC, track_id LIMIT 1) m LEFT JOIN tracks t ON t.track_id = m.track_id",
                from(r), to(r));
    }

    /** Summed per track first ({@link ProfileSql#perTrack}): the join then meets a row per track, not per listen. */
    static BoundSql topArtist(Range r) {
        return BoundSql.of("SELECT t.artist, coalesce(sum(m.ms), 0) / 60000.0 AS minutes FROM ").then(ProfileSql.perTrack(r))
                .then(" m JOIN track_artists t ON t.track_id = m.track_id GROUP BY t.artist ORDER BY minutes DESC, t.artist LIMIT 1");
    }

    /** Distinct tracks whose first play ever falls in the range. */
    static BoundSql discoveries(Range r) {
        return BoundSql.of("SELECT count(*) FROM (SELECT min(ts) AS ts FROM mine WHERE event_type = 'play'"
                + " GROUP BY track_id) WHERE " + IN_RANGE, from(r), to(r));
    }

    /** Every listener's ms played in the filter's range (of the events passing it), smallest first. */
    static BoundSql msPlayedPerListener(AnalyticsFilter f) {
        return BoundSql.of("SELECT coalesce(sum(ms_played), 0) AS ms FROM listens WHERE " + IN_RANGE + " AND ",
                from(f.range()), to(f.range())).then(f.condition()).then(" GROUP BY user_id ORDER BY ms");
    }
}
