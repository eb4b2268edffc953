package dev.earshot.recommendations;

import dev.earshot.models.ListeningFold;
import dev.earshot.threads.Threads;
import dev.earshot.eval.RecommendEvaluation;
import dev.earshot.eval.RecommendReport;
import dev.earshot.recommend.Interactions;
import dev.earshot.recommend.InteractionsBuilder;
import dev.earshot.recommend.PopularityRecommender;
import dev.earshot.recommend.Recommender;
import dev.earshot.recommend.Recommenders;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.store.SqlReader;
import dev.earshot.store.StateFiles;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves recommendations: fits the chosen model on the listening of the model window ({@link ListeningFold}), in the
 * background on a schedule and on demand ({@link #refit}), while requests keep reading the previous fit. Which
 * model is served is decided by {@link #evaluate}, on the simulator, whose report it keeps for GET /v1/models;
 * until then it serves item-kNN, which evaluates best at the settings we ship.
 */
public final class RecommendationService {
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationService.class);
    /**
     * Small enough to run in seconds; the CLI evaluates larger worlds. It runs once, a while after start, so
     * that it neither competes with start-up nor burns CPU for servers that live a few seconds (tests).
     */
    static final SimulationConfig EVALUATION =
            SimulationConfig.of(Scenario.named("spotify"), 300, 28, 42, LocalDate.of(2025, 3, 10));
    static final Duration EVALUATION_DELAY = Duration.ofMinutes(2);

    private final ListeningFold listening;
    private final SqlReader sql;
    private final Clock clock;
    private final List<Recommender> candidates = Recommenders.candidates();
    private volatile Recommender chosen = Recommenders.itemKnn();
    private volatile Served served;
    private volatile RecommendReport evaluation;
    private volatile FitReport lastFit;

    static final String REPORT = "recommender-evaluation";
    private final StateFiles state;

    public RecommendationService(ListeningFold listening, SqlReader sql, Clock clock) {
        this(listening, sql, clock, StateFiles.NONE);
    }

    /**
     * With {@code state}, the last evaluation outlives a restart: GET /v1/models shows it (and its best model is
     * served) at once, until the evaluation that runs {@link #EVALUATION_DELAY} after start replaces it.
     */
    public RecommendationService(ListeningFold listening, SqlReader sql, Clock clock, StateFiles state) {
        this.listening = listening;
        this.sql = sql;
        this.clock = clock;
        this.state = state;
        state.read(REPORT, RecommendReport.class).ifPresent(this::adopt);
    }

    /**
     * Fits now and every {@code interval} after on {@code scheduler}, and evaluates once after {@link #EVALUATION_DELAY};
     * while {@code deferred} is true (the demo history loading) a scheduled fit is skipped and the evaluation waits.
     */
    public void scheduleOn(ScheduledExecutorService scheduler, Duration interval, BooleanSupplier deferred) {
        scheduler.scheduleWithFixedDelay(() -> {
            if (!deferred.getAsBoolean()) {
                refitQuietly();
            }
        }, 0, interval.toSeconds(), TimeUnit.SECONDS);
        scheduleEvaluation(scheduler, deferred);
    }

    private void scheduleEvaluation(ScheduledExecutorService scheduler, BooleanSupplier deferred) {
        scheduler.schedule(() -> {
            if (deferred.getAsBoolean()) {
                scheduleEvaluation(scheduler, deferred);
            } else {
                evaluateInBackground();
            }
        }, EVALUATION_DELAY.toSeconds(), TimeUnit.SECONDS);
    }

    /** What one fit read and made. */
    public record FitReport(String model, long events, int users, int tracks, long millis) {
    }

    public synchronized FitReport refit() {
        long start = System.nanoTime();
        InteractionsBuilder builder = new InteractionsBuilder();
        ListeningFold.Listening window = listening.current();
        window.forEach((user, track, weight, events) -> builder.add(user, track, weight));
        Interactions data = builder.build();
        Recommender model = chosen;
        served = new Served(model.name(), data, model.fit(data), new PopularityRecommender().fit(data),
                TrackTitles.load(sql, data));
        FitReport report = new FitReport(model.name(), window.events(), data.users(), data.tracks(),
                (System.nanoTime() - start) / 1_000_000);
        lastFit = report;
        LOG.info("recommender {} fitted on {} events ({} listeners, {} tracks) in {} ms", report.model(),
                report.events(), report.users(), report.tracks(), report.millis());
        return report;
    }

    /** Evaluates every candidate on the simulator, keeps the report, and serves the best from the next fit. */
    public RecommendReport evaluate() {
        RecommendReport report = RecommendEvaluation.run(EVALUATION, candidates, clock);
        adopt(report);
        try {
            state.write(REPORT, report);
        } catch (UncheckedIOException e) {
            LOG.warn("the recommender evaluation is not kept for the next start: {}", e.getMessage());
        }
        LOG.info("recommenders evaluated; serving {}:\n{}", report.best().name(), report.format());
        return report;
    }

    /** Serves the report's best model from the next fit; a report naming no model we have is ignored. */
    private void adopt(RecommendReport report) {
        if (report.models().isEmpty()) {
            return;
        }
        String best = report.best().name();
        candidates.stream().filter(r -> r.name().equals(best)).findFirst().ifPresent(r -> {
            chosen = r;
            evaluation = report;
        });
    }

    /** The last evaluation, empty until the first has finished. */
    public Optional<RecommendReport> lastEvaluation() {
        return Optional.ofNullable(evaluation);
    }

    /** The name of the model being served, or "none" before the first fit. */
    public String servedModel() {
        Served s = served;
        return s == null ? "none" : s.model();
    }

    /** True once the first fit is done; it stays true. */
    public boolean ready() {
        return served != null;
    }

    /**
     * Up to {@code limit} tracks for the user: from the served model, or by popularity for a listener it has
     * nothing for; empty when the warehouse has never seen the user. Call only once {@link #ready}.
     */
    public Optional<UserRecommendations> recommend(String userId, int limit) {
        Served s = served;
        if (s == null) {
            throw new IllegalStateException("no model has been fitted yet");
        }
        UserRecommendations personal = s.personal(userId, limit);
        if (personal != null) {
            return Optional.of(personal);
        }
        return s.knows(userId) || StoredListeners.hasListened(sql, userId) ? Optional.of(s.popular(userId, limit)) : Optional.empty();
    }

    /** True before the first fit and while the last one found no listening in its window. */
    public boolean fittedOnNothing() {
        FitReport f = lastFit;
        return f == null || f.events() == 0;
    }

    /** A failed fit keeps the previous one; it must not end the schedule, as an exception would. */
    private void refitQuietly() {
        try {
            refit();
        } catch (RuntimeException e) {
            LOG.error("recommender fit failed; keeping the previous fit", e);
        }
    }

    /** On a low-priority thread of its own, so that the scheduled fits are not held up by it. */
    private void evaluateInBackground() {
        Threads.startLowPriority("earshot-recommend-eval", this::evaluateQuietly);
    }

    /** Refits at once when the evaluation chose another model than the one served. */
    private void evaluateQuietly() {
        try {
            if (!evaluate().best().name().equals(servedModel())) {
                refit();
            }
        } catch (RuntimeException e) {
            LOG.error("recommender evaluation failed; serving {}", chosen.name(), e);
        }
    }
}
