package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed columnar insert leaks no exception but the store's own and no off-heap memory, and the writer carries
 * on: DuckDB releases the stream it took on a thread of its own, the caller frees its batches on its own, and
 * neither frees the other's buffers (a double release once killed the writer).
 */
class BulkInsertOwnershipTest {
    private static final long DRAIN_MILLIS = 60_000;

    @TempDir
    Path dir;

    @Test
    void aGroupThatFailsMidInsertStoresNothingAndFreesEveryColumn() throws Exception {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("fails.duckdb"), "256MB", 0, EventWritePath.BULK, Events.CLOCK)) {
            // Many rounds: DuckDB frees a failed scan on its own thread only some of the time.
            for (int round = 0; round < 40; round++) {
                List<PreparedEvents> groups = groups(w, "r" + round + "-", 6, 3_000);
                // A null id two thirds in: DuckDB has already scanned the first groups when the constraint fails.
                ((VarCharVector) groups.get(4).columns().getVector("event_id")).setNull(1_500);
                try {
                    assertThatThrownBy(() -> w.writePrepared(groups, List.of()))
                            .isInstanceOf(WarehouseException.class)
                            .hasMessageContaining("NOT NULL");
                } finally {
                    groups.forEach(PreparedEvents::close);
                }
            }
            assertDrains(w::columnBytes);
            assertThat(w.countEvents()).isZero();

            List<PreparedEvents> good = groups(w, "good-", 3, 2_000);
            w.writePrepared(good, List.of());
            good.forEach(PreparedEvents::close);
            assertThat(w.countEvents()).isEqualTo(6_000);
            assertDrains(w::columnBytes);
        }
    }

    @Test
    void anInsertOnAClosedConnectionReleasesTheStreamDuckDbNeverTook() throws Exception {
        BulkInsert bulk = BulkInsert.open().orElseThrow();
        try {
            DuckDBConnection closed = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("c.duckdb"));
            closed.close();
            List<VectorSchemaRoot> batches = List.of(bulk.columns(events("c-", 1_000)), bulk.columns(events("d-", 1_000)));
            try {
                assertThatThrownBy(() -> bulk.insertBatches(closed, batches)).isInstanceOf(SQLException.class);
            } finally {
                batches.forEach(VectorSchemaRoot::close);
            }
            assertThat(bulk.allocatedBytes()).isZero();
        } finally {
            bulk.close();
        }
    }

    @Test
    void committedGroupsLeaveNothingAllocatedOnceClosed() throws Exception {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("ok.duckdb"), "256MB", 0, EventWritePath.BULK, Events.CLOCK)) {
            for (int round = 0; round < 10; round++) {
                List<PreparedEvents> groups = groups(w, "ok" + round + "-", 4, 1_000);
                w.writePrepared(groups, List.of());
                groups.forEach(PreparedEvents::close);
            }
            assertThat(w.countEvents()).isEqualTo(40_000);
            assertDrains(w::columnBytes);
        }
    }

    private static List<PreparedEvents> groups(DuckDbWarehouse w, String prefix, int groups, int size) {
        List<PreparedEvents> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            out.add(w.prepare(events(prefix + g + "-", size)));
        }
        return out;
    }

    private static List<StoredEvent> events(String prefix, int n) {
        List<StoredEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new StoredEvent(event(prefix + i, "user" + i % 13, T0.plusSeconds(i)), T0.plusSeconds(i), null));
        }
        return out;
    }

    /** DuckDB may free a stream on its own thread a moment after the statement returned: wait for it, generously. */
    private static void assertDrains(LongSupplier bytes) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        while (bytes.getAsLong() != 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(20);
        }
        assertThat(bytes.getAsLong()).isZero();
    }
}
