package dev.earshot.stream.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.Text;

/**
 * Upserts each batch with one JDBC batch of parameterised statements in one transaction. The upsert is
 * idempotent (see {@link PostgresTable}), so the rows a restart replays after the last checkpoint overwrite
 * themselves: at-least-once delivery, exactly-once rows.
 */
final class PostgresWriter extends BatchingWriter {
    /** Any constant: the lock under which parallel writers create the table, so they do not race on it. */
    private static final long CREATE_LOCK = 0x6561727368L;
    private final Connection conn;
    private final PreparedStatement upsert;

    PostgresWriter(PostgresTarget target) throws IOException {
        super(target.batchRows());
        try {
            // The driver itself rather than DriverManager, which may not see a driver in Flink's per-job class loader.
            conn = new org.postgresql.Driver().connect(target.url(), new Properties());
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + CREATE_LOCK + ")");
                for (String ddl : PostgresTable.create(target.table())) {
                    st.execute(ddl);
                }
            }
            conn.commit();
            upsert = conn.prepareStatement(PostgresTable.upsert(target.table()));
        } catch (SQLException e) {
            throw new IOException("cannot open the PostgreSQL table " + target.table(), e);
        }
    }

    @Override
    void send(VectorSchemaRoot rows) throws IOException {
        try {
            List<FieldVector> columns = rows.getFieldVectors();
            for (int row = 0; row < rows.getRowCount(); row++) {
                for (int c = 0; c < columns.size(); c++) {
                    bind(c + 1, columns.get(c), row);
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
            conn.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write " + rows.getRowCount() + " rows to PostgreSQL", e);
        }
    }

    private void bind(int parameter, FieldVector column, int row) throws SQLException {
        Object value = column.getObject(row);
        if (value == null) {
            upsert.setNull(parameter, java.sql.Types.NULL);
        } else if (value instanceof Text text) {
            upsert.setString(parameter, text.toString());
        } else if (value instanceof List<?> list) {
            String element = PostgresTable.type(column.getField().getChildren().get(0));
            Object[] items = new Object[list.size()];
            for (int i = 0; i < items.length; i++) {
                Object item = list.get(i);
                items[i] = item instanceof Text text ? text.toString() : item;
            }
            upsert.setArray(parameter, conn.createArrayOf(element.equals("double precision") ? "float8" : element, items));
        } else {
            // Long, Double, Boolean, and LocalDateTime for the timestamps (UTC wall time, as DuckDB stores it).
            upsert.setObject(parameter, value);
        }
    }

    /** Batches commit as they are sent: nothing is left in flight. */
    @Override
    void awaitDelivered() {
    }

    @Override
    void closeTarget() throws SQLException {
        conn.close();
    }
}
