package dev.earshot.stream.export;

import dev.earshot.store.EventColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The BigQuery table the sink appends to, written from the events table's column list ({@link EventColumns#SCHEMA},
 * what each append carries) so that the two cannot drift: the same names, BigQuery's types (the times as DATETIME,
 * UTC wall time as in DuckDB, {@code local_ts} the listener's wall clock; lists as ARRAYs), partitioned by day and
 * clustered by listener; and a view that keeps one row per dedupe key, for the copies a restart writes.
 */
public final class BigQueryTable {
    private BigQueryTable() {
    }

    /** {@code CREATE TABLE} and {@code CREATE VIEW ..._unique} for {@code table} (PROJECT.DATASET.TABLE). */
    public static String ddl(String table) {
        BigQueryTarget.checkTable(table);
        List<String> columns = new ArrayList<>();
        for (Field f : EventColumns.SCHEMA.getFields()) {
            columns.add("  " + f.getName() + ' ' + type(f) + (f.isNullable() ? "" : " NOT NULL"));
        }
        return "CREATE TABLE `" + table + "` (\n" + String.join(",\n", columns) + ")\n"
                + "PARTITION BY DATE(ts) CLUSTER BY user_id;\n\n"
                + "CREATE VIEW `" + table + "_unique` AS\n"
                + "SELECT * FROM `" + table + "` WHERE TRUE\n"
                + "QUALIFY ROW_NUMBER() OVER (PARTITION BY event_id, DATE(device_ts) ORDER BY received_at DESC) = 1;\n";
    }

    static String type(Field f) {
        ArrowType t = f.getType();
        if (t instanceof ArrowType.List) {
            return "ARRAY<" + type(f.getChildren().get(0)) + ">";
        }
        return switch (t.getTypeID()) {
            case Utf8 -> "STRING";
            case Timestamp -> "DATETIME";
            case Int -> "INT64";
            case FloatingPoint -> "FLOAT64";
            case Bool -> "BOOL";
            default -> throw new IllegalStateException("no BigQuery type for the events column " + f);
        };
    }
}
