package dev.earshot.models;

import dev.earshot.threads.Threads;
import dev.earshot.enrich.Enricher;
import dev.earshot.eval.EnrichmentEvaluation;
import dev.earshot.eval.GenreEvaluation;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the running models once per process on a small seeded simulated world (the only data whose
 * truth is known), so that the dashboard can show how good the insight is. It costs some seconds of CPU, so
 * it runs only once somebody asks (the first GET /v1/models), in the background at low priority. The
 * full-size figures come from {@code earshot eval enrich}.
 */
public final class ModelEvaluations {
    private static final Logger LOG = LoggerFactory.getLogger(ModelEvaluations.class);
    static final int USERS = 300;
    static final int DAYS = 7;
    static final long SEED = 42;
    private static final LocalDate END = LocalDate.of(2025, 3, 10);

    private final Clock clock;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile EnrichmentFigures enrichment;

    public ModelEvaluations(Clock clock) {
        this.clock = clock;
    }

    /** Null until the first evaluation has finished. */
    public EnrichmentFigures enrichment() {
        return enrichment;
    }

    /** True once an evaluation has been started (it may still be running). */
    public boolean started() {
        return started.get();
    }

    /** Starts the evaluation on a low-priority daemon thread, the first time only. */
    public void startOnce() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Threads.startLowPriority("earshot-eval", this::evaluateLogged);
    }

    private void evaluateLogged() {
        try {
            evaluate();
        } catch (RuntimeException e) {
            LOG.error("model evaluation failed", e);
        }
    }

    /** Runs the evaluation now on the calling thread. */
    public EnrichmentFigures evaluate() {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), USERS, DAYS, SEED, END);
        String dataset = String.format("simulated spotify, %d listeners, %d days, seed %d", USERS, DAYS, SEED);
        enrichment = EnrichmentFigures.of(clock.instant(), Enricher.MODEL_VERSION, dataset,
                GenreEvaluation.run(config.withInlineMetadata(false)),
                EnrichmentEvaluation.evaluate(config, EnrichmentEvaluation.Setup.CATALOG_FEATURES));
        LOG.info("models evaluated on {}: genre {}, mood {}, context {}", dataset, enrichment.genreAccuracy(),
                enrichment.moodAccuracy(), enrichment.contextAccuracy());
        return enrichment;
    }
}
