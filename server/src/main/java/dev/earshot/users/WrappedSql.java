package dev.earshot.users;

import static dev.earshot.users.ProfileSql.IN_RANGE;
import static dev.earshot.users.ProfileSql.from;
import static dev.earshot.users.ProfileSql.to;

import dev.earshot.store.BoundSql;
import dev.earshot.segments.Filters;
import dev.earshot.analytics.Range;

/** The SQL of each Wrapped figure; minutes are ms played / 60 000 over every event type. */
final class WrappedSql {
    private WrappedSql() {
    }

    static BoundSql topTrack(Range r) {
        return BoundSql.of("SELECT m.track_id, any_value(t.title), any_value(t.artist),"
                + " coalesce(sum(m.ms_played), 0) / 60000.0 AS minutes FROM mine m LEFT JOIN tracks t ON t.track_id = m.track_id"
                + " WHERE m." + IN_RANGE + " GROUP BY m.track_id ORDER BY minutes DESC, m.track_id LIMIT 1", from(r), to(r));
    }

    static BoundSql topArtist(Range r) {
        return BoundSql.of("SELECT t.artist, coalesce(sum(m.ms_played), 0) / 60000.0 AS minutes FROM mine m"
                + " JOIN track_artists t ON t.track_id = m.track_id WHERE m." + IN_RANGE
                + " GROUP BY t.artist ORDER BY minutes DESC, t.artist LIMIT 1", from(r), to(r));
    }

    /** Distinct tracks whose first play ever falls in the range. */
    static BoundSql discoveries(Range r) {
        return BoundSql.of("SELECT count(*) FROM (SELECT min(ts) AS ts FROM mine WHERE event_type = 'play'"
                + " GROUP BY track_id) WHERE " + IN_RANGE, from(r), to(r));
    }

    /** Every listener's ms played in the range (of the events passing {@code filters}), smallest first. */
    static BoundSql msPlayedPerListener(Range r, Filters filters) {
        return BoundSql.of("SELECT coalesce(sum(ms_played), 0) AS ms FROM listens WHERE " + IN_RANGE + " AND ",
                from(r), to(r)).then(filters.condition()).then(" GROUP BY user_id ORDER BY ms");
    }
}
