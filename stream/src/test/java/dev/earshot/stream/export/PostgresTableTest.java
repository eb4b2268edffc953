package dev.earshot.stream.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.EventColumns;
import org.junit.jupiter.api.Test;

class PostgresTableTest {
    @Test
    void upsertsEveryEventsColumnOnTheDedupeKey() {
        String upsert = PostgresTable.upsert("events");
        assertThat(upsert.chars().filter(c -> c == '?').count()).isEqualTo(EventColumns.SCHEMA.getFields().size());
        assertThat(upsert).contains("ON CONFLICT (event_id, (device_ts::date)) DO UPDATE SET event_id = EXCLUDED.event_id");
        assertThat(PostgresTable.create("analytics.events").get(1)).isEqualTo(
                "CREATE UNIQUE INDEX IF NOT EXISTS events_event_key ON analytics.events (event_id, (device_ts::date))");
        assertThat(PostgresTable.create("events").get(0)).contains("ts timestamp NOT NULL", "weekday boolean,",
                "similar_tracks text[]", "genre_probs double precision[]");
    }

    @Test
    void refusesATableNameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> new PostgresTarget("jdbc:postgresql://h/db", "events; DROP", 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostgresTarget("jdbc:mysql://h/db", "events", 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
