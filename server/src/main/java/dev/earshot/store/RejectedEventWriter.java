package dev.earshot.store;

import dev.earshot.event.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Inserts rejected events. They are few next to accepted ones, so a batched prepared statement serves;
 * the reasons are kept as a JSON array of {field, message} so they can be queried with DuckDB's JSON functions.
 */
final class RejectedEventWriter {

    void write(Connection conn, List<RejectedEvent> rejected) throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO rejected_events VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RejectedEvent r : rejected) {
                ps.setObject(1, r.receivedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                ps.setString(2, r.requestId());
                ps.setInt(3, r.index());
                ps.setString(4, r.eventId());
                ps.setString(5, r.kind());
                ps.setString(6, errorsJson(r.violations()));
                ps.setString(7, r.raw() == null ? "" : r.raw());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String errorsJson(List<Violation> violations) {
        StringBuilder out = new StringBuilder("[");
        for (Violation v : violations) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"field\":").append(quote(v.field())).append(",\"message\":").append(quote(v.message())).append('}');
        }
        return out.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s, out);
        return out.append('"').toString();
    }
}
