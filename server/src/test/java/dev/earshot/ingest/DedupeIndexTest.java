package dev.earshot.ingest;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.ListenEvent;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupeIndexTest {
    @TempDir
    Path dir;
    Warehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = DuckDbWarehouse.open(dir.resolve("d.duckdb"), "512MB", Events.CLOCK);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void newIdsAreFreshAndRepeatsWithinOneRequestAreDuplicates() {
        DedupeIndex index = new DedupeIndex(warehouse, 1_000);
        DedupeIndex.Claim claim = index.claim(List.of(event("a", "u", T0), event("b", "u", T0), event("a", "u", T0)));
        assertThat(ids(claim.fresh())).containsExactly("a", "b");
        assertThat(ids(claim.duplicates())).containsExactly("a");
    }

    @Test
    void idsInFlightAreDuplicatesUntilReleased() {
        DedupeIndex index = new DedupeIndex(warehouse, 1_000);
        List<ListenEvent> first = index.claim(List.of(event("a", "u", T0))).fresh();
        assertThat(index.claim(List.of(event("a", "u", T0))).duplicates()).hasSize(1);
        index.released(first);
        assertThat(index.claim(List.of(event("a", "u", T0))).fresh()).hasSize(1);
    }

    @Test
    void committedIdsStayDuplicatesAndSurviveARestart() {
        DedupeIndex index = new DedupeIndex(warehouse, 1_000);
        List<ListenEvent> fresh = index.claim(List.of(event("a", "u", T0), event("b", "u", T0))).fresh();
        store(fresh);
        index.committed(fresh);
        assertThat(index.claim(List.of(event("a", "u", T0))).duplicates()).hasSize(1);

        DedupeIndex afterRestart = new DedupeIndex(warehouse, 1_000);
        DedupeIndex.Claim claim = afterRestart.claim(List.of(event("a", "u", T0), event("b", "u", T0), event("c", "u", T0)));
        assertThat(ids(claim.duplicates())).containsExactly("a", "b");
        assertThat(ids(claim.fresh())).containsExactly("c");
    }

    @Test
    void staysExactWhenDaysAreEvictedAndReloaded() {
        DedupeIndex index = new DedupeIndex(warehouse, 3);
        List<ListenEvent> all = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int i = 0; i < 2; i++) {
                all.add(event("d" + day + "-" + i, "u", T0.plusSeconds(86_400L * day + i)));
            }
        }
        List<ListenEvent> fresh = index.claim(all).fresh();
        store(fresh);
        index.committed(fresh);
        assertThat(index.residentIds()).isLessThanOrEqualTo(3);

        DedupeIndex.Claim again = index.claim(all);
        assertThat(again.fresh()).isEmpty();
        assertThat(again.duplicates()).hasSize(10);
    }

    @Test
    void theSameIdOnAnotherDayIsANewEvent() {
        DedupeIndex index = new DedupeIndex(warehouse, 1_000);
        List<ListenEvent> fresh = index.claim(List.of(event("a", "u", T0))).fresh();
        store(fresh);
        index.committed(fresh);
        // Partitioning by device day is the documented trade-off: a retry carries the same timestamp.
        assertThat(index.claim(List.of(event("a", "u", T0.plusSeconds(2 * 86_400)))).fresh()).hasSize(1);
    }

    @Test
    void aBatchOverMonthsWithGapsFindsEveryStoredIdOnItsOwnDay() {
        DedupeIndex index = new DedupeIndex(warehouse, 1_000_000);
        List<ListenEvent> stored = new ArrayList<>();
        List<ListenEvent> batch = new ArrayList<>();
        // Days 0..40 back to back, then days far apart: several reads, and the days between left alone.
        int[] days = {0, 1, 2, 5, 9, 17, 30, 40, 200, 201, 700};
        for (int d : days) {
            ListenEvent old = event("s" + d, "u", T0.plusSeconds(86_400L * d + 60));
            stored.add(old);
            batch.add(old);
            batch.add(event("n" + d, "u", T0.plusSeconds(86_400L * d + 120)));
        }
        // The id of day 0's stored event on day 1 of the batch: another event.
        batch.add(event("s0", "u", T0.plusSeconds(86_400L + 180)));
        store(stored);

        DedupeIndex.Claim claim = index.claim(batch);
        assertThat(ids(claim.duplicates())).containsExactlyInAnyOrderElementsOf(ids(stored));
        assertThat(claim.fresh()).hasSize(days.length + 1);
    }

    private void store(List<ListenEvent> events) {
        warehouse.write(events.stream().map(e -> new StoredEvent(e, T0)).toList(), List.of());
    }

    private static List<String> ids(List<ListenEvent> events) {
        return events.stream().map(ListenEvent::eventId).toList();
    }
}
