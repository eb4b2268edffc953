package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.earshot.support.SmallDisk;
import dev.earshot.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real storage faults on a real small tmpfs: what was committed survives, what failed stores nothing, and the
 *  file recovers on its own once the fault clears. */
class StorageFaultTest {
    /** The file's "now": a test moves it past the reopen pause instead of waiting for the wall clock. */
    final MutableClock clock = new MutableClock(T0);

    @TempDir
    Path dir;

    @Test
    void aFullDiskStoresNothingOfTheFailedCommitAndKeepsEveryCommittedOne() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small"));
        try (SmallDisk disk = SmallDisk.mount(mount, 24)) {
            Path db = mount.resolve("earshot.duckdb");
            Path reserve = disk.leaveFree("reserve", 18L << 20);
            long committed = 0;
            Throwable failure = null;
            try (DuckDbWarehouse w = DuckDbWarehouse.open(db, "128MB", clock)) {
                for (int batch = 0; batch < 400 && failure == null; batch++) {
                    List<StoredEvent> events = batch(batch, 5_000);
                    failure = catchThrowable(() -> w.write(events, List.of()));
                    if (failure == null) {
                        committed += events.size();
                    }
                }
                assertThat(failure).as("the disk filled").isInstanceOf(StoreUnavailableException.class);
                assertThat(((StoreUnavailableException) failure).fault()).isEqualTo(WriteFault.DISK_FULL);
                assertThat(w.health().writable()).isFalse();
                assertThat(w.failedWrites(WriteFault.DISK_FULL)).isPositive();
                // Refused at once while the file is failed: nothing queued, nothing stored.
                assertThatThrownBy(w::checkWritable).isInstanceOf(StoreUnavailableException.class);
            }
            Files.delete(reserve);
            try (DuckDbWarehouse reopened = DuckDbWarehouse.open(db, "128MB", clock)) {
                // Exactly the committed groups: none lost, and no part of the failed one (the Appender alone would
                // have committed its first 2,048 rows).
                assertThat(reopened.countEvents()).isEqualTo(committed);
            }
        }
    }

    @Test
    void recoversWithoutARestartOnceSpaceIsFreed() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small"));
        try (SmallDisk disk = SmallDisk.mount(mount, 32)) {
            Path db = mount.resolve("earshot.duckdb");
            try (DuckDbWarehouse w = DuckDbWarehouse.open(db, "128MB", clock)) {
                w.write(batch(0, 1_000), List.of());
                Path filler = disk.fill("filler");
                Throwable failure = null;
                for (int batch = 1; batch < 50 && failure == null; batch++) {
                    List<StoredEvent> events = batch(batch, 5_000);
                    failure = catchThrowable(() -> w.write(events, List.of()));
                }
                assertThat(failure).isInstanceOf(StoreUnavailableException.class);
                Files.delete(filler);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!w.health().writable() && System.nanoTime() < deadline) {
                    clock.advance(Duration.ofMillis(DuckDbFile.REOPEN_EVERY_MS));
                    w.checkpointIfDue();
                    Thread.sleep(100);
                }
                assertThat(w.health().writable()).as("reopened once space was freed").isTrue();
                long before = w.countEvents();
                w.write(batch(999, 10), List.of());
                assertThat(w.countEvents()).isEqualTo(before + 10);
            }
        }
    }

    @Test
    void refusesToOpenWhenTheWriteAheadLogCannotBeCreated() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("frozen"));
        Path db = folder.resolve("earshot.duckdb");
        DuckDbWarehouse.open(db, "128MB", clock).close();
        SmallDisk.assumeRoot();
        SmallDisk.freeze(folder, true);
        try {
            assertThatThrownBy(() -> DuckDbWarehouse.open(db, "128MB", clock)).isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("write-ahead log");
        } finally {
            SmallDisk.freeze(folder, false);
        }
    }

    @Test
    void aWriteAheadLogThatCannotBeCreatedFailsTheCommitAndIsReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("frozen"));
        Path db = folder.resolve("earshot.duckdb");
        SmallDisk.assumeRoot();
        try (DuckDbWarehouse w = DuckDbWarehouse.open(db, "128MB", clock)) {
            SmallDisk.freeze(folder, true);
            try {
                // The log was folded into the file at open, so this commit must create it: refused, not acked.
                assertThatThrownBy(() -> w.write(batch(0, 3), List.of())).isInstanceOf(StoreUnavailableException.class)
                        .extracting(e -> ((StoreUnavailableException) e).fault()).isEqualTo(WriteFault.NOT_WRITABLE);
                assertThat(w.health().writable()).isFalse();
                assertThat(w.health().reason()).contains("write-ahead log");
            } finally {
                SmallDisk.freeze(folder, false);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!w.health().writable() && System.nanoTime() < deadline) {
                w.checkpointIfDue();
                Thread.sleep(100);
            }
            assertThat(w.health().writable()).isTrue();
            assertThat(w.countEvents()).isZero();
        }
    }

    private static List<StoredEvent> batch(int batch, int n) {
        List<StoredEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new StoredEvent(event("b" + batch + "-" + i + "-padding-to-make-rows-longer", "user" + (i % 97),
                    T0.plusSeconds(i)), T0));
        }
        return out;
    }
}
