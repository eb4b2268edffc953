package dev.earshot.live;

import dev.earshot.store.Cursor;
import dev.earshot.store.SqlReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The live KPI tick, by receive time rather than event time: an import of last year's history is "just in"
 * for the live view, while the analytics routes place it where it happened.
 */
final class LiveKpiQuery {
    private static final String SQL = """
            SELECT count(*),
                   count(*) FILTER (WHERE received_at >= make_timestamp(?)),
                   count(DISTINCT user_id) FILTER (WHERE received_at >= make_timestamp(?))
            FROM events""";

    private final SqlReader reader;
    private final Clock clock;

    LiveKpiQuery(SqlReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    LiveKpis now() {
        Instant now = clock.instant();
        return reader.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(SQL)) {
                ps.setLong(1, Cursor.micros(now.minus(Duration.ofMinutes(1))));
                ps.setLong(2, Cursor.micros(now.minus(Duration.ofMinutes(5))));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new LiveKpis(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        });
    }
}
