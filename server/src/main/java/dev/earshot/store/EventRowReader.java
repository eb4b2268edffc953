package dev.earshot.store;

import dev.earshot.event.ContextType;
import dev.earshot.event.Device;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.PlaybackContext;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.event.WireEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads rows of {@code events} back into {@link StoredEvent}s. */
final class EventRowReader {
    /**
     * The events' own columns. Timestamps come back as epoch microseconds so that no JDBC time-zone conversion
     * can shift them.
     */
    private static final String EVENT_COLUMNS = """
            SELECT e.event_id, e.event_type, e.user_id, e.track_id, epoch_us(e.ts) AS ts_us,
                   epoch_us(e.device_ts) AS device_us, epoch_us(e.received_at) AS received_us, e.platform, e.country,
                   e.region, e.city, e.session_id, e.position_ms, e.ms_played, e.duration_ms, e.device, e.context_type,
                   e.context_id, e.source, """ + EnrichmentColumns.SELECT;

    /**
     * Events without their catalog entries, which {@link TrackRows#byIds} then looks up by key: for a page of
     * a hundred events the join read the whole catalog, every column, to match them (measured at 10M events
     * and 50k tracks: ~30 of the events page's ~37 ms), where the lookup is an index scan of the page's tracks.
     */
    static final String SELECT_EVENTS = EVENT_COLUMNS + " FROM events e";

    /** Events with their track's catalog entry: for scans of many events, where one join beats many lookups. */
    static final String SELECT = EVENT_COLUMNS + """
                   , t.track_id AS t_id, t.title AS t_title, t.artist AS t_artist, t.album AS t_album,
                   t.duration_ms AS t_duration_ms, t.genres AS t_genres, t.danceability AS t_danceability,
                   t.energy AS t_energy, t.valence AS t_valence, t.tempo AS t_tempo, t.acousticness AS t_acousticness,
                   t.instrumentalness AS t_instrumentalness, t.speechiness AS t_speechiness, t.liveness AS t_liveness,
                   t.loudness AS t_loudness
            FROM events e LEFT JOIN tracks t ON t.track_id = e.track_id""";

    private EventRowReader() {
    }

    /** A row of {@link #SELECT}. */
    static StoredEvent read(ResultSet rs) throws SQLException {
        return read(rs, rs.getString("t_id") == null ? null : TrackRows.read(rs, "t_"));
    }

    /** A row of {@link #SELECT_EVENTS}, with its catalog entry {@code track} (null when the catalog has none). */
    static StoredEvent read(ResultSet rs, TrackMetadata track) throws SQLException {
        Location location = location(rs.getString("country"), rs.getString("region"), rs.getString("city"));
        String contextType = rs.getString("context_type");
        PlaybackContext context = contextType == null ? null
                : new PlaybackContext(wire(ContextType.WIRE, contextType), rs.getString("context_id"));
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
        String source = rs.getString("source");
        return new StoredEvent(event, instant(rs, "received_us"), EnrichmentColumns.read(rs),
                source == null ? null : new EventOrigin(source));
    }

    /** {@code e} with {@code track} as its catalog entry. */
    static StoredEvent withTrack(StoredEvent e, TrackMetadata track) {
        ListenEvent l = e.event();
        return new StoredEvent(new ListenEvent(l.eventId(), l.eventType(), l.userId(), l.trackId(), l.timestamp(),
                l.deviceTimestamp(), l.platform(), l.location(), l.sessionId(), l.positionMs(), l.msPlayed(),
                l.durationMs(), l.device(), l.context(), track), e.receivedAt(), e.enrichment(), e.source());
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
