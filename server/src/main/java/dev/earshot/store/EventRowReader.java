package dev.earshot.store;

import dev.earshot.event.ContextType;
import dev.earshot.event.Device;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.PlaybackContext;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackJson;
import dev.earshot.event.TrackMetadata;
import dev.earshot.event.WireEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads rows of {@code events} back into {@link StoredEvent}s. */
final class EventRowReader {
    /** Timestamps come back as epoch microseconds so that no JDBC time-zone conversion can shift them. */
    static final String COLUMNS = """
            event_id, event_type, user_id, track_id, epoch_us(ts) AS ts_us, epoch_us(device_ts) AS device_us,
            epoch_us(received_at) AS received_us, platform, country, region, city, session_id, position_ms,
            ms_played, duration_ms, device, context_type, context_id, track_json""";

    private EventRowReader() {
    }

    static StoredEvent read(ResultSet rs) throws SQLException {
        Location location = location(rs.getString("country"), rs.getString("region"), rs.getString("city"));
        String contextType = rs.getString("context_type");
        PlaybackContext context = contextType == null ? null
                : new PlaybackContext(wire(ContextType.WIRE, contextType), rs.getString("context_id"));
        String trackJson = rs.getString("track_json");
        TrackMetadata track = trackJson == null ? null : TrackJson.read(trackJson);
        String device = rs.getString("device");
        ListenEvent event = new ListenEvent(
                rs.getString("event_id"),
                wire(EventType.WIRE, rs.getString("event_type")),
                rs.getString("user_id"),
                rs.getString("track_id"),
                instant(rs, "ts_us"),
                instant(rs, "device_us"),
                wire(Platform.WIRE, rs.getString("platform")),
                location,
                rs.getString("session_id"),
                nullableLong(rs, "position_ms"),
                nullableLong(rs, "ms_played"),
                nullableLong(rs, "duration_ms"),
                device == null ? null : wire(Device.WIRE, device),
                context,
                track);
        return new StoredEvent(event, instant(rs, "received_us"));
    }

    private static Location location(String country, String region, String city) {
        return country == null && region == null && city == null ? null : new Location(country, region, city);
    }

    private static <E extends Enum<E> & WireEnum> E wire(WireEnum.Lookup<E> lookup, String value) {
        return lookup.find(value).orElseThrow(() -> new IllegalStateException("stored value not in the enum: " + value));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Cursor.instant(rs.getLong(column));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
