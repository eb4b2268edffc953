package dev.earshot.stream.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.EventColumns;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;

class BigQueryTableTest {
    @Test
    void createsEveryEventsColumnInBigQueryTypes() {
        String ddl = BigQueryTable.ddl("p.d.events");
        for (Field f : EventColumns.SCHEMA.getFields()) {
            assertThat(ddl).contains("  " + f.getName() + " ");
        }
        assertThat(ddl).contains("CREATE TABLE `p.d.events`", "ts DATETIME NOT NULL", "weekday BOOL,",
                "ms_played INT64,", "genre_p FLOAT64,", "similar_tracks ARRAY<STRING>,", "genre_probs ARRAY<FLOAT64>)",
                "CREATE VIEW `p.d.events_unique`", "PARTITION BY event_id, DATE(device_ts)");
    }

    @Test
    void refusesATableThatIsNotProjectDatasetTable() {
        assertThatThrownBy(() -> BigQueryTable.ddl("d.events")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BigQueryTable.ddl("p.d.t`; DROP")).isInstanceOf(IllegalArgumentException.class);
    }
}
