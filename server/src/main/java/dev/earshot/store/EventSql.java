package dev.earshot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL behind GET /v1/events: filters, newest-first keyset pagination, one extra row to detect a next page. */
record EventSql(String sql, List<Object> params) {

    static EventSql forQuery(EventQuery q) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        add(where, params, "e.user_id = ?", q.userId());
        add(where, params, "e.track_id = ?", q.trackId());
        add(where, params, "e.event_type = ?", q.eventType() == null ? null : q.eventType().wire());
        add(where, params, "e.platform = ?", q.platform() == null ? null : q.platform().wire());
        add(where, params, "e.ts >= make_timestamp(?)", q.from() == null ? null : Cursor.micros(q.from()));
        add(where, params, "e.ts < make_timestamp(?)", q.to() == null ? null : Cursor.micros(q.to()));
        add(where, params, "e.source = ?", q.source() == null ? null : q.source().wire());
        add(where, params, "e.source IS DISTINCT FROM ?", q.excludedSource() == null ? null : q.excludedSource().wire());
        if (q.after() != null) {
            where.append(" AND (e.ts < make_timestamp(?) OR (e.ts = make_timestamp(?) AND e.event_id < ?))");
            params.add(q.after().timestampMicros());
            params.add(q.after().timestampMicros());
            params.add(q.after().eventId());
        }
        String sql = EventRowReader.SELECT_EVENTS + where + " ORDER BY e.ts DESC, e.event_id DESC LIMIT " + (q.limit() + 1);
        return new EventSql(sql, params);
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

    PreparedStatement prepare(Connection conn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
