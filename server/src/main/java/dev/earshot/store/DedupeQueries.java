package dev.earshot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.BiConsumer;

/** The two reads behind the dedupe index: the ids of some days, and which of some ids those days already hold. */
final class DedupeQueries {
    /** Ids cannot contain control characters (the validator refuses them), so U+001F separates them safely. */
    private static final String ID_SEPARATOR = "\u001F";

    private DedupeQueries() {
    }

    static void idsOnDays(Connection conn, LocalDate from, LocalDate until, BiConsumer<LocalDate, String> sink)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT event_id, epoch_ms(device_ts) FROM events"
                + " WHERE device_ts >= ? AND device_ts < ?")) {
            bindDays(ps, from, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(dayOf(rs.getLong(2)), rs.getString(1));
                }
            }
        }
    }

    /** One parameter however many ids: binding hundreds of parameters costs more than the query. */
    static void existing(Connection conn, LocalDate from, LocalDate until, Collection<String> ids,
                         BiConsumer<LocalDate, String> found) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT event_id, epoch_ms(device_ts) FROM events WHERE device_ts >= ?"
                + " AND device_ts < ? AND event_id IN (SELECT unnest(string_split(?, chr(31))))")) {
            bindDays(ps, from, until);
            ps.setString(3, String.join(ID_SEPARATOR, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.accept(dayOf(rs.getLong(2)), rs.getString(1));
                }
            }
        }
    }

    private static LocalDate dayOf(long epochMs) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMs, 86_400_000L));
    }

    private static void bindDays(PreparedStatement ps, LocalDate from, LocalDate until) throws SQLException {
        ps.setObject(1, from.atStartOfDay());
        ps.setObject(2, until.atStartOfDay());
    }
}
