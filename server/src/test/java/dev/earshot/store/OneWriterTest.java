package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write is a job of one writer: side writes, event commits and checkpoints from many threads never conflict. */
class OneWriterTest {
    @TempDir
    Path dir;

    @Test
    void sideWritesEventCommitsAndCheckpointsFromManyThreadsNeverConflict() throws Exception {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("w.duckdb"), "256MB", Events.CLOCK)) {
            w.writeAside(conn -> {
                try (Statement st = conn.createStatement()) {
                    st.execute("CREATE TABLE side (n INTEGER)");
                }
                return null;
            });
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        w.writeAside(conn -> {
                            conn.setAutoCommit(false);
                            try (Statement st = conn.createStatement()) {
                                st.execute("INSERT INTO side VALUES (1)");
                                Thread.sleep(1);
                                st.execute("INSERT INTO side VALUES (2)");
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            conn.commit();
                            return null;
                        });
                    }
                }));
            }
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    w.writeAside(conn -> {
                        try (Statement st = conn.createStatement()) {
                            st.execute("CHECKPOINT");
                        }
                        return null;
                    });
                }
            }));
            for (int i = 0; i < 20; i++) {
                w.write(List.of(new StoredEvent(event("e" + i, "u", T0), T0)), List.of());
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            pool.shutdown();
            assertThat(w.countEvents()).isEqualTo(20);
            long side = w.read(conn -> {
                try (var rs = conn.createStatement().executeQuery("SELECT count(*) FROM side")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(side).isEqualTo(120);
        }
    }
}
