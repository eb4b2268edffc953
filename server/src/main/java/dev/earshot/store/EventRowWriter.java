package dev.earshot.store;

import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.enrich.TimeZones;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/**
 * Appends one event as one row of {@code events}, in the column order of {@link Schema}. Inline track
 * metadata is not part of the row: it goes to the {@code tracks} catalog (see {@link TrackCatalogWriter}).
 */
final class EventRowWriter {
    private EventRowWriter() {
    }

    static void append(DuckDBAppender a, StoredEvent stored) throws SQLException {
        ListenEvent e = stored.event();
        a.beginRow();
        a.append(e.eventId());
        a.append(e.eventType().wire());
        a.append(e.userId());
        a.append(e.trackId());
        a.appendEpochMicros(Cursor.micros(e.timestamp()));
        a.appendEpochMicros(Cursor.micros(e.deviceTimestamp()));
        a.appendEpochMicros(Cursor.micros(stored.receivedAt()));
        a.append(e.platform().wire());
        Location l = e.location();
        nullable(a, l == null ? null : l.country());
        nullable(a, l == null ? null : l.region());
        nullable(a, l == null ? null : l.city());
        nullable(a, e.sessionId());
        nullable(a, e.positionMs());
        nullable(a, e.msPlayed());
        nullable(a, e.durationMs());
        nullable(a, e.device() == null ? null : e.device().wire());
        nullable(a, e.context() == null ? null : e.context().type().wire());
        nullable(a, e.context() == null ? null : e.context().id());
        EnrichmentColumns.append(a, stored.enrichment());
        localTime(a, e);
        EnrichmentColumns.appendGenres(a, stored.enrichment());
        nullable(a, stored.source() == null ? null : stored.source().wire());
        a.endRow();
    }

    /** The listener's wall-clock time, stored as a zone-less timestamp so that SQL can group by its hour. */
    static void localTime(DuckDBAppender a, ListenEvent e) throws SQLException {
        ZoneId zone = TimeZones.of(e.location());
        if (zone == null) {
            a.appendNull();
        } else {
            LocalDateTime local = LocalDateTime.ofInstant(e.timestamp(), zone);
            a.appendEpochMicros(Cursor.micros(local.toInstant(ZoneOffset.UTC)));
        }
    }

    static void nullable(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    static void nullable(DuckDBAppender a, Long value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.longValue());
        }
    }
}
