package dev.earshot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/** The two reads behind the dedupe index: a day's ids, and which of some ids a day already holds. */
final class DedupeQueries {
    /** Ids cannot contain control characters (the validator refuses them), so U+001F separates them safely. */
    private static final String ID_SEPARATOR = "\u001F";

    private DedupeQueries() {
    }

    static void idsOnDay(Connection conn, LocalDate day, Consumer<String> sink) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT event_id FROM events WHERE device_ts >= ? AND device_ts < ?")) {
            bindDay(ps, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1));
                }
            }
        }
    }

    /** One parameter however many ids: binding hundreds of parameters costs more than the query. */
    static void existing(Connection conn, LocalDate day, Collection<String> ids, Set<String> found) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT event_id FROM events WHERE device_ts >= ?"
                + " AND device_ts < ? AND event_id IN (SELECT unnest(string_split(?, chr(31))))")) {
            bindDay(ps, day);
            ps.setString(3, String.join(ID_SEPARATOR, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
    }

    private static void bindDay(PreparedStatement ps, LocalDate day) throws SQLException {
        ps.setObject(1, day.atStartOfDay());
        ps.setObject(2, day.plusDays(1).atStartOfDay());
    }
}
