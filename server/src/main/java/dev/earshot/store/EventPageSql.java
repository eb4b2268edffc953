package dev.earshot.store;

/** The SQL behind GET /v1/events: filters, newest-first keyset pagination, one extra row to detect a next page. */
final class EventPageSql {
    private EventPageSql() {
    }

    static BoundSql of(EventQuery q) {
        BoundSql where = BoundSql.of(" WHERE true")
                .andIf("e.user_id = ?", q.userId())
                .andIf("e.track_id = ?", q.trackId())
                .andIf("e.event_type = ?", q.eventType() == null ? null : q.eventType().wire())
                .andIf("e.platform = ?", q.platform() == null ? null : q.platform().wire())
                .andIf("e.ts >= make_timestamp(?)", q.from() == null ? null : Cursor.micros(q.from()))
                .andIf("e.ts < make_timestamp(?)", q.to() == null ? null : Cursor.micros(q.to()))
                .andIf("e.source = ?", q.source() == null ? null : q.source().wire())
                .andIf("e.source IS DISTINCT FROM ?", q.excludedSource() == null ? null : q.excludedSource().wire());
        if (q.after() != null) {
            where = where.then(" AND (e.ts < make_timestamp(?) OR (e.ts = make_timestamp(?) AND e.event_id < ?))",
                    q.after().timestampMicros(), q.after().timestampMicros(), q.after().eventId());
        }
        return BoundSql.of(EventRowReader.SELECT_EVENTS).then(where)
                .then(" ORDER BY e.ts DESC, e.event_id DESC LIMIT " + (q.limit() + 1));
    }
}
