package dev.earshot.store;

import dev.earshot.event.TrackMetadata;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rows of {@code tracks} (alone, or joined to events with prefixed column labels) as metadata. */
final class TrackRows {
    static final String SELECT = "SELECT * FROM tracks";

    private TrackRows() {
    }

    static TrackMetadata read(ResultSet rs) throws SQLException {
        return read(rs, "");
    }

    /** {@code prefix} is what the query put before each track column's label ("t_" in the event join). */
    static TrackMetadata read(ResultSet rs, String prefix) throws SQLException {
        Map<String, Double> features = new LinkedHashMap<>();
        for (String feature : TrackCatalogWriter.FEATURES) {
            double value = rs.getDouble(prefix + feature);
            if (!rs.wasNull()) {
                features.put(feature, value);
            }
        }
        List<String> genres = new ArrayList<>();
        Array array = rs.getArray(prefix + "genres");
        if (array != null) {
            for (Object g : (Object[]) array.getArray()) {
                genres.add((String) g);
            }
        }
        long durationValue = rs.getLong(prefix + "duration_ms");
        Long duration = rs.wasNull() ? null : durationValue;
        return new TrackMetadata(rs.getString(prefix + "title"), rs.getString(prefix + "artist"),
                rs.getString(prefix + "album"), duration, genres, features);
    }
}
