package dev.earshot.recommendations;

import dev.earshot.recommend.Interactions;
import dev.earshot.store.SqlReader;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Titles and artists of the tracks a model can recommend, read from the {@code tracks} table once per fit, so
 * that serving joins them in memory rather than asking the warehouse on every request.
 */
final class TrackTitles {
    private static final String SELECT = "SELECT track_id, title, artist FROM tracks";

    private TrackTitles() {
    }

    static Map<String, TrackTitle> load(SqlReader sql, Interactions data) {
        return sql.read(conn -> {
            Map<String, TrackTitle> out = new HashMap<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(SELECT)) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (data.track(id) >= 0) {
                        out.put(id, new TrackTitle(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }
}
