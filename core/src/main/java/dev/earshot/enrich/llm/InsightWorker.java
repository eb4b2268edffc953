package dev.earshot.enrich.llm;

import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to Claude: takes batches from the queue, waits for the rate limit, skips calls
 * while the day's budget is spent, asks, keeps the checked answers (store, then cache) and remembers the
 * tracks it got no usable answer for, so they are not paid for again. A failed call (HTTP error, timeout,
 * 429) backs off; its tracks go back to waiting for a later event of theirs, and meanwhile the local models
 * answer for them. Logs say how many tracks and why, never a prompt, a title or the key.
 */
final class InsightWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(InsightWorker.class);
    private static final long POLL_MILLIS = 1_000;
    private static final long LINGER_MILLIS = 200;

    private final LlmSettings settings;
    private final InsightQueue queue;
    private final ClaudeMessages claude;
    private final InsightStore store;
    private final TokenBucket rate;
    private final CostBudget budget;
    private final Clock clock;
    private final Consumer<List<TrackInsight>> answered;
    private final Consumer<Map<String, String>> refused;
    private final Backoff backoff = new Backoff();
    private volatile long calls;
    private volatile boolean stopped;
    private Instant warnedUntil;

    InsightWorker(LlmSettings settings, InsightQueue queue, ClaudeMessages claude, InsightStore store,
                  CostBudget budget, Clock clock, Consumer<List<TrackInsight>> answered,
                  Consumer<Map<String, String>> refused) {
        this.settings = settings;
        this.queue = queue;
        this.claude = claude;
        this.store = store;
        this.rate = new TokenBucket(settings.requestsPerMinute(), System::nanoTime);
        this.budget = budget;
        this.clock = clock;
        this.answered = answered;
        this.refused = refused;
    }

    @Override
    public void run() {
        try {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                List<TrackQuestion> batch = queue.take(settings.batchSize(), POLL_MILLIS, LINGER_MILLIS);
                try {
                    if (!batch.isEmpty()) {
                        handle(batch);
                    }
                } finally {
                    queue.release(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the loop even when an interrupted HTTP call swallowed the interrupt. */
    void stop() {
        stopped = true;
    }

    long calls() {
        return calls;
    }

    private void handle(List<TrackQuestion> batch) throws InterruptedException {
        if (budget.exhausted()) {
            waitForBudget();
            return;
        }
        waitForRate();
        ClaudeReply reply;
        try {
            calls++;
            reply = claude.ask(batch);
        } catch (AnthropicException e) {
            Duration wait = backoff.failed(retryAfter(e));
            LOG.warn("Claude call for {} tracks failed ({}); the local models answer for them; next call in {} s",
                    batch.size(), describe(e), wait.toSeconds());
            Thread.sleep(wait.toMillis());
            return;
        }
        backoff.succeeded();
        double cost = budget.charge(reply.inputTokens(), reply.outputTokens());
        keep(batch, reply, cost);
    }

    private void keep(List<TrackQuestion> batch, ClaudeReply reply, double cost) {
        InsightParser.Parsed parsed = InsightParser.parse(reply.text(), batch, claude.model());
        if (!parsed.answered().isEmpty()) {
            saveQuietly(parsed.answered());
            answered.accept(parsed.answered());
        }
        if (!parsed.unanswered().isEmpty()) {
            refused.accept(parsed.unanswered());
            parsed.unanswered().forEach((id, why) -> LOG.debug("no usable Claude answer for track {}: {}", id, why));
            LOG.info("{} of {} tracks got no usable Claude answer (stop reason {}); the local models answer for them",
                    parsed.unanswered().size(), batch.size(), reply.stopReason());
        }
        LOG.debug("Claude answered {} of {} tracks for ${} (today ${} of ${})", parsed.answered().size(),
                batch.size(), String.format("%.5f", cost), String.format("%.4f", budget.spentToday()),
                settings.budgetUsdPerDay());
    }

    /** A failed write loses only the persistence: the answer is still used in memory until the next restart. */
    private void saveQuietly(List<TrackInsight> insights) {
        try {
            store.save(insights);
        } catch (RuntimeException e) {
            LOG.error("could not keep {} Claude answers in the warehouse: {}", insights.size(), e.getMessage(), e);
        }
    }

    private void waitForBudget() throws InterruptedException {
        Instant reset = budget.resetsAt();
        if (!reset.equals(warnedUntil)) {
            warnedUntil = reset;
            LOG.warn("the LLM budget of ${} for today is spent (${}); no Claude calls until {}",
                    settings.budgetUsdPerDay(), String.format("%.4f", budget.spentToday()), reset);
        }
        long millis = Duration.between(clock.instant(), reset).toMillis();
        Thread.sleep(Math.max(POLL_MILLIS, Math.min(millis, Duration.ofMinutes(1).toMillis())));
    }

    private void waitForRate() throws InterruptedException {
        while (!rate.tryTake()) {
            long nanos = rate.nanosUntilToken();
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    private static Duration retryAfter(AnthropicException e) {
        if (e instanceof AnthropicServiceException s) {
            for (String v : s.headers().values("retry-after")) {
                try {
                    return Duration.ofSeconds(Long.parseLong(v.strip()));
                } catch (NumberFormatException ignored) {
                    // An HTTP-date Retry-After; the doubling backoff applies instead.
                }
            }
        }
        return null;
    }

    /** What went wrong, without the message text, which may quote the request. */
    private static String describe(AnthropicException e) {
        if (e instanceof AnthropicServiceException s) {
            return "HTTP " + s.statusCode();
        }
        Throwable cause = e.getCause();
        return e.getClass().getSimpleName() + (cause == null ? "" : ": " + cause.getClass().getSimpleName());
    }
}
