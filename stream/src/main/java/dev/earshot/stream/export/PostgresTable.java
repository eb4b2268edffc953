package dev.earshot.stream.export;

import dev.earshot.store.EventColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The {@code events} table in PostgreSQL, written from the same column list as the server's table
 * ({@link EventColumns#SCHEMA}): same names, the same types in PostgreSQL's words (timestamps without time zone, in
 * UTC as in DuckDB; lists as arrays). Rows are unique on the key both paths dedupe by, (event_id, UTC day of the
 * device time), so a replayed row updates the one already there and an id a client reused on another day is a
 * second row, as in the events table.
 */
final class PostgresTable {
    static final String KEY = "event_id, (device_ts::date)";

    private PostgresTable() {
    }

    static List<String> create(String table) {
        List<String> columns = new ArrayList<>();
        for (Field f : EventColumns.SCHEMA.getFields()) {
            columns.add(f.getName() + ' ' + type(f) + (f.isNullable() ? "" : " NOT NULL"));
        }
        String name = table.substring(table.lastIndexOf('.') + 1);
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (" + String.join(", ", columns) + ")",
                "CREATE UNIQUE INDEX IF NOT EXISTS " + name + "_event_key ON " + table + " (" + KEY + ")");
    }

    /** One row's upsert, its parameters in the order of {@link EventColumns#SCHEMA}. */
    static String upsert(String table) {
        List<String> names = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        for (Field f : EventColumns.SCHEMA.getFields()) {
            names.add(f.getName());
            marks.add("?");
            updates.add(f.getName() + " = EXCLUDED." + f.getName());
        }
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", marks)
                + ") ON CONFLICT (" + KEY + ") DO UPDATE SET " + String.join(", ", updates);
    }

    /** PostgreSQL's name of a column's type, or of a list column's element type. */
    static String type(Field f) {
        ArrowType t = f.getType();
        if (t instanceof ArrowType.List) {
            return type(f.getChildren().get(0)) + "[]";
        }
        return switch (t.getTypeID()) {
            case Utf8 -> "text";
            case Timestamp -> "timestamp";
            case Int -> "bigint";
            case FloatingPoint -> "double precision";
            case Bool -> "boolean";
            default -> throw new IllegalStateException("no PostgreSQL type for the events column " + f);
        };
    }
}
