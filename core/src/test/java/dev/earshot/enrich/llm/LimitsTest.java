package dev.earshot.enrich.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate limit, the budget and the backoff, on clocks the test moves. */
class LimitsTest {

    @Test
    void tokenBucketAllowsAMinutesBurstThenRefillsEvenly() {
        AtomicLong now = new AtomicLong();
        TokenBucket bucket = new TokenBucket(60, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        assertThat(Duration.ofNanos(bucket.nanosUntilToken())).isEqualTo(Duration.ofSeconds(1));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void budgetChargesUsageAtThePricesAndRenewsAtUtcMidnight() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-16T23:00:00Z"));
        CostBudget budget = new CostBudget(0.01, 1, 5, clock);
        assertThat(budget.charge(2_000, 1_000)).isEqualTo(0.007, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(budget.exhausted()).isFalse();
        budget.charge(2_000, 1_000);
        assertThat(budget.exhausted()).isTrue();
        assertThat(budget.resetsAt()).isEqualTo(Instant.parse("2026-01-17T00:00:00Z"));
        clock.set(Instant.parse("2026-01-17T00:00:01Z"));
        assertThat(budget.exhausted()).isFalse();
        assertThat(budget.spentTotal()).isEqualTo(0.014, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void backoffDoublesUpToItsCapAndHonoursRetryAfter() {
        Backoff backoff = new Backoff();
        assertThat(backoff.failed(null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        for (int i = 0; i < 20; i++) {
            backoff.failed(null);
        }
        assertThat(backoff.failed(null)).isEqualTo(Backoff.MAX);
        backoff.succeeded();
        assertThat(backoff.failed(null)).isEqualTo(Duration.ofSeconds(1));
    }
}
