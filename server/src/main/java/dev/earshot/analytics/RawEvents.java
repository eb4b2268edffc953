package dev.earshot.analytics;

import dev.earshot.store.BoundSql;
import java.time.Instant;

/** The rows of {@link EventSource} straight from {@code events}: one per event. */
final class RawEvents implements EventSource {
    static final String USER_COLUMNS = """
            user_id, 1 AS events, (event_type = 'play')::BIGINT AS plays, coalesce(ms_played, 0) AS ms_played,
            (event_type = 'skip')::BIGINT AS skips, (event_type = 'like')::BIGINT AS likes,
            (event_type = 'share')::BIGINT AS shares, coalesce(engagement, 0) AS engagement_sum,
            (engagement IS NOT NULL)::BIGINT AS engagement_n""";
    static final String TRACK_COLUMNS = "track_id, (event_type = 'play')::BIGINT AS plays, coalesce(ms_played, 0) AS ms_played";

    @Override
    public BoundSql userRows(AnalyticsFilter f, Instant from, Instant to) {
        BoundSql where = Sql.where(f, from, to);
        return new BoundSql("SELECT " + USER_COLUMNS + " FROM listens WHERE " + where.sql(), where.binds());
    }

    @Override
    public BoundSql trackRows(AnalyticsFilter f, Instant from, Instant to) {
        BoundSql where = Sql.where(f, from, to);
        return new BoundSql("SELECT " + TRACK_COLUMNS + " FROM listens WHERE " + where.sql(), where.binds());
    }
}
