package dev.earshot.ingest;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.EventPage;
import dev.earshot.store.EventQuery;
import dev.earshot.store.RejectedEvent;
import dev.earshot.store.StoredEvent;
import dev.earshot.store.Warehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

    @Test
    void completesEachRequestOnlyAfterItsCommitAndGroupsWaitingRequests() throws Exception {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        warehouse.gate = new CountDownLatch(1);
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, new WriterSettings(1_000, Duration.ZERO, 10_000),
                new IngestMetrics(new SimpleMeterRegistry()))) {
            CompletableFuture<Void> first = writer.submit(rows("a"), List.of());
            assertThat(warehouse.entered.await(60, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> second = writer.submit(rows("b"), List.of());
            CompletableFuture<Void> third = writer.submit(rows("c"), List.of());
            assertThat(first).isNotDone();
            warehouse.gate.countDown();
            CompletableFuture.allOf(first, second, third).get(60, TimeUnit.SECONDS);
            // The two requests that waited behind the first commit share the next one.
            assertThat(warehouse.commits).containsExactly(List.of("a"), List.of("b", "c"));
        }
    }

    @Test
    void turnsAwayRequestsWhenTheQueueIsFull() throws Exception {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        warehouse.gate = new CountDownLatch(1);
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, new WriterSettings(2, Duration.ZERO, 2),
                new IngestMetrics(new SimpleMeterRegistry()))) {
            CompletableFuture<Void> inCommit = writer.submit(rows("a", "b"), List.of());
            assertThat(warehouse.entered.await(60, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> writer.submit(rows("c"), List.of())).isInstanceOf(OverloadedException.class);
            warehouse.gate.countDown();
            inCommit.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void failsTheRequestsOfAFailedCommitAndStaysRunning() {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        warehouse.fail = true;
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, WriterSettings.DEFAULT,
                new IngestMetrics(new SimpleMeterRegistry()))) {
            CompletableFuture<Void> done = writer.submit(rows("a"), List.of());
            assertThatThrownBy(() -> done.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("disk full");
            // The store reports its own health; the writer goes on, so that the store's recovery is seen at once.
            assertThat(writer.isHealthy()).isTrue();
        }
    }

    @Test
    void refusesBeforeQueueingWhileTheStoreTakesNoWrites() {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        warehouse.writable = false;
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, WriterSettings.DEFAULT,
                new IngestMetrics(new SimpleMeterRegistry()))) {
            assertThatThrownBy(() -> writer.submit(rows("a"), List.of()))
                    .isInstanceOf(dev.earshot.store.StoreUnavailableException.class);
            assertThat(warehouse.commits).isEmpty();
        }
    }

    @Test
    void closeCommitsWhatIsQueuedAndThenRefusesNewRequests() throws Exception {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        warehouse.gate = new CountDownLatch(1);
        GroupCommitWriter writer = new GroupCommitWriter(warehouse, new WriterSettings(1, Duration.ZERO, 100),
                new IngestMetrics(new SimpleMeterRegistry()));
        CompletableFuture<Void> a = writer.submit(rows("a"), List.of());
        assertThat(warehouse.entered.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = writer.submit(rows("b"), List.of());
        Thread closer = new Thread(writer::close);
        closer.start();
        warehouse.gate.countDown();
        closer.join(5_000);
        assertThat(a).isCompleted();
        assertThat(b).isCompleted();
        assertThatThrownBy(() -> writer.submit(rows("c"), List.of())).isInstanceOf(OverloadedException.class);
    }

    @Test
    void doesUpkeepOnlyWhenIdle() throws Exception {
        RecordingWarehouse warehouse = new RecordingWarehouse();
        try (GroupCommitWriter writer = new GroupCommitWriter(warehouse, WriterSettings.DEFAULT,
                new IngestMetrics(new SimpleMeterRegistry()))) {
            writer.submit(rows("a"), List.of()).get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (warehouse.checkpoints.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(warehouse.checkpoints.get()).isPositive();
        }
    }

    private static List<StoredEvent> rows(String... ids) {
        List<StoredEvent> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new StoredEvent(event(id, "u", T0), T0));
        }
        return out;
    }

    /** Records each commit's ids; can hold the first commit at a gate or fail every commit. */
    private static final class RecordingWarehouse implements Warehouse {
        final List<List<String>> commits = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicInteger checkpoints = new java.util.concurrent.atomic.AtomicInteger();
        volatile CountDownLatch gate;
        volatile boolean fail;
        volatile boolean writable = true;

        @Override
        public void write(List<StoredEvent> events, List<RejectedEvent> rejected) {
            entered.countDown();
            if (gate != null) {
                try {
                    gate.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                throw new IllegalStateException("disk full");
            }
            commits.add(events.stream().map(e -> e.event().eventId()).toList());
        }

        @Override
        public EventPage events(EventQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void listens(java.time.Instant since, ListenSink sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void tracks(java.util.function.BiConsumer<String, dev.earshot.event.TrackMetadata> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredEvent> event(String eventId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replay(java.time.Instant from, java.time.Instant to, String skipVersion,
                           Consumer<StoredEvent> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceEnrichment(List<StoredEvent> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<dev.earshot.store.EventSpan> span() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<dev.earshot.event.TrackMetadata> track(String trackId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void eventIdsOnDays(LocalDate from, LocalDate until, java.util.function.BiConsumer<LocalDate, String> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void existingIds(LocalDate from, LocalDate until, Collection<String> ids,
                                java.util.function.BiConsumer<LocalDate, String> found) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean checkpointIfDue() {
            checkpoints.incrementAndGet();
            return false;
        }

        @Override
        public long countEvents() {
            return commits.stream().mapToLong(List::size).sum();
        }

        @Override
        public long countRejected() {
            return 0;
        }

        @Override
        public boolean isWritable() {
            return writable;
        }

        @Override
        public void close() {
        }
    }
}
