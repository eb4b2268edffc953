package dev.earshot.store;

import dev.earshot.event.TrackMetadata;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rows of {@code tracks} (alone, or joined to events with prefixed column labels) as metadata. */
final class TrackRows {
    static final String SELECT = "SELECT * FROM tracks";

    private TrackRows() {
    }

    /**
     * The catalog entries of {@code trackIds} (those it has), by key: an IN-list of a few keys is answered from
     * the primary key's index instead of a scan of the whole catalog.
     */
    static Map<String, TrackMetadata> byIds(Connection conn, Collection<String> trackIds) throws SQLException {
        Map<String, TrackMetadata> out = new HashMap<>();
        if (trackIds.isEmpty()) {
            return out;
        }
        String sql = SELECT + " WHERE track_id IN (" + String.join(", ", Collections.nCopies(trackIds.size(), "?")) + ")";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            for (String id : trackIds) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("track_id"), read(rs));
                }
            }
        }
        return out;
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
