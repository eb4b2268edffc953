package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.store.Cursor;
import dev.earshot.store.EventPage;
import dev.earshot.store.EventQuery;
import dev.earshot.store.Warehouse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * GET /v1/events for one listener: the page's time window is found first in the user-ordered copy
 * ({@link UserRows#allRows}: every stored event, as this API lists them whatever the cleanup rules), so that the
 * scan of {@code events}, ordered by time and not by user, skips every row group before the window instead of
 * reading the whole table for one listener's newest page. The page is then the same query bounded below:
 * exactly the same rows, since the newest page lies within the window.
 */
public final class UserEvents {
    private final Warehouse warehouse;
    private final UserListens listens;

    public UserEvents(Warehouse warehouse, UserListens listens) {
        this.warehouse = warehouse;
        this.listens = listens;
    }

    public EventPage page(EventQuery q) {
        if (q.userId() == null) {
            return warehouse.events(q);
        }
        Instant from = listens.read((conn, watermark) -> windowStart(conn, q, watermark));
        return warehouse.events(from == null ? q : new EventQuery(q.userId(), q.trackId(), q.eventType(), q.platform(),
                from, q.to(), q.after(), q.limit()));
    }

    /**
     * The oldest timestamp among the page's {@code limit + 1} newest candidates strictly before the cursor's
     * timestamp — every one of them passes the cursor, so the page (and the row telling there is a next one)
     * lies at or after it — or null when there are fewer, and the asked range stays as it is.
     */
    private static Instant windowStart(Connection conn, EventQuery q, Instant watermark) throws SQLException {
        BoundSql filter = BoundSql.of("user_id = ?", q.userId());
        if (q.trackId() != null) {
            filter = filter.then(" AND track_id = ?", q.trackId());
        }
        if (q.eventType() != null) {
            filter = filter.then(" AND event_type = ?", q.eventType().wire());
        }
        if (q.platform() != null) {
            filter = filter.then(" AND platform = ?", q.platform().wire());
        }
        if (q.from() != null) {
            filter = filter.then(" AND ts >= make_timestamp(?)", Cursor.micros(q.from()));
        }
        if (q.to() != null) {
            filter = filter.then(" AND ts < make_timestamp(?)", Cursor.micros(q.to()));
        }
        if (q.after() != null) {
            filter = filter.then(" AND ts < make_timestamp(?)", q.after().timestampMicros());
        }
        int wanted = q.limit() + 1;
        BoundSql sql = BoundSql.of("SELECT count(*), epoch_us(min(ts)) FROM (SELECT ts FROM ")
                .then(UserRows.allRows(filter, watermark)).then(" ORDER BY ts DESC LIMIT ?)", wanted);
        try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) < wanted ? null : Cursor.instant(rs.getLong(2));
        }
    }
}
