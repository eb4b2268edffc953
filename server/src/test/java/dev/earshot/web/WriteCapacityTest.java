package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The budget is the measured completion rate times the target, between floor and ceiling; a manual clock. */
class WriteCapacityTest {
    static final long MS = 1_000_000L;
    final AtomicLong now = new AtomicLong(1_000 * MS);
    final WriteCapacity capacity = new WriteCapacity(500 * MS, 1_000, 1_000_000, now::get);

    /** {@code n} requests of {@code bytes} each, processed one after the other in {@code each} ms. */
    private void complete(int n, long bytes, long each) {
        for (int i = 0; i < n; i++) {
            capacity.processingStarted();
            now.addAndGet(each * MS);
            capacity.processingEnded(bytes);
        }
    }

    @Test
    void coldServerAdmitsTheFloor() {
        assertThat(capacity.budget()).isEqualTo(1_000);
    }

    @Test
    void budgetIsRateTimesTarget() {
        complete(10, 10_000, 100); // 10 kB per 100 ms busy: 100 kB/s, so 50 kB in 500 ms
        assertThat(capacity.budget()).isEqualTo(50_000);
    }

    @Test
    void idleTimeIsNotCountedAsSlowness() {
        complete(3, 10_000, 100);
        now.addAndGet(10_000 * MS); // nothing to do for 10 s
        complete(3, 10_000, 100);
        assertThat(capacity.bytesPerSecond()).isEqualTo(100_000.0);
    }

    @Test
    void aSlowerServerGetsASmallerBudgetAndStaysWithinBounds() {
        complete(10, 10_000, 100);
        long fast = capacity.budget();
        complete(10, 10_000, 1_000);
        assertThat(capacity.budget()).isLessThan(fast).isGreaterThanOrEqualTo(1_000);
        complete(60, 100_000_000, 10);
        assertThat(capacity.budget()).isEqualTo(1_000_000);
    }

    @Test
    void aStalledServerLosesItsBudget() {
        complete(10, 10_000, 100);
        capacity.processingStarted();
        for (int i = 0; i < 20; i++) {
            now.addAndGet(600 * MS);
            capacity.budget();
        }
        assertThat(capacity.budget()).isEqualTo(1_000);
    }
}
