package dev.earshot.stream.export;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL sink writes: a JDBC URL ({@code jdbc:postgresql://host:5432/db}; the user and password in
 * the URL's parameters or, better, in each task manager's {@code ~/.pgpass}), the table (optionally
 * schema-qualified; created when absent) and how many rows go in one JDBC batch.
 */
public record PostgresTarget(String url, String table, int batchRows) implements Serializable {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    public PostgresTarget {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the PostgreSQL URL must start with jdbc:postgresql:");
        }
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("the PostgreSQL table must be a plain name or schema.name: " + table);
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("the PostgreSQL batch must hold at least one row");
        }
    }
}
