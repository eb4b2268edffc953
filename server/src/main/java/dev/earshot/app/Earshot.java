package dev.earshot.app;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.RollupRefresher;
import dev.earshot.analytics.Rollups;
import dev.earshot.auth.Admission;
import dev.earshot.auth.AuthPolicy;
import dev.earshot.auth.KeyStore;
import dev.earshot.auth.Pseudonyms;
import dev.earshot.backup.Backups;
import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.llm.LlmInsights;
import dev.earshot.enrich.llm.LlmSettings;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.importjobs.ImportService;
import dev.earshot.imports.Readers;
import dev.earshot.ingest.IngestService;
import dev.earshot.ingest.IngestSink;
import dev.earshot.ingest.KafkaSink;
import dev.earshot.lake.Lake;
import dev.earshot.live.LiveHub;
import dev.earshot.models.Backfill;
import dev.earshot.models.CoListening;
import dev.earshot.models.EnrichmentBackfill;
import dev.earshot.models.FirstFits;
import dev.earshot.models.ListeningFold;
import dev.earshot.models.ModelEvaluations;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.rules.RuleStore;
import dev.earshot.segments.Audiences;
import dev.earshot.segments.Presets;
import dev.earshot.simulations.DemoData;
import dev.earshot.simulations.DemoProgress;
import dev.earshot.simulations.SimulationService;
import dev.earshot.sources.Sources;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.ReceivedWatermark;
import dev.earshot.store.StateFiles;
import dev.earshot.store.StoreMeters;
import dev.earshot.store.LlmInsightTable;
import dev.earshot.store.Warehouse;
import dev.earshot.threads.Threads;
import dev.earshot.users.Compaction;
import dev.earshot.users.ErasureAudit;
import dev.earshot.users.UserErasure;
import dev.earshot.users.UserListens;
import dev.earshot.users.UserProfiles;
import dev.earshot.users.UserSearch;
import dev.earshot.users.UserWrapped;
import dev.earshot.web.ApiJson;
import dev.earshot.web.Services;
import dev.earshot.web.WebServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds a running Earshot by hand: warehouse, writer, dedupe index, ingest service and
 * HTTP server. {@link #close()} shuts down in the order that loses nothing: stop taking requests, commit
 * what is queued, close the database.
 */
public final class Earshot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Earshot.class);
    private static final long USER_LISTENS_EVERY_S = 30;
    private static final long BACKGROUND_STOP_S = 60;

    private final Warehouse warehouse;
    private final GroupCommitWriter writer;
    private final SimulationService simulations;
    private final LiveHub live;
    private final WebServer web;
    private final JvmGcMetrics gcMetrics;
    private final List<ScheduledExecutorService> schedulers;
    private final LlmInsights llm;
    private final KafkaSink kafka;
    private final ImportService imports;

    private Earshot(Warehouse warehouse, GroupCommitWriter writer, SimulationService simulations, LiveHub live,
                    WebServer web, JvmGcMetrics gcMetrics, List<ScheduledExecutorService> schedulers, LlmInsights llm,
                    ImportService imports, KafkaSink kafka) {
        this.imports = imports;
        this.kafka = kafka;
        this.warehouse = warehouse;
        this.writer = writer;
        this.simulations = simulations;
        this.live = live;
        this.web = web;
        this.gcMetrics = gcMetrics;
        this.schedulers = schedulers;
        this.llm = llm;
    }

    /** With the system clock in UTC, as the CLI runs it. */
    public static Earshot start(EarshotConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Every object of a running Earshot, built here and nowhere else; {@code clock} is the only source of "now".
     * Accepted events go to the embedded warehouse, or to Kafka when the configuration names a topic.
     */
    public static Earshot start(EarshotConfig config, Clock clock) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = bindJvmMetrics(registry);
        // On the Parquet lake (serve --lake) events are views over the lake, in a scratch database made at
        // config.database(), and every write is refused.
        Lake lake = config.lake() == null ? null
                : Lake.open(config.lake(), config.database(), config.dbMemoryLimit(), clock);
        DuckDbWarehouse warehouse = lake != null ? lake.warehouse() : DuckDbWarehouse.open(config.database(),
                config.dbMemoryLimit(), config.limits().minFreeDiskBytes(), clock);
        StoreMeters.bind(warehouse, registry);
        Pseudonyms pseudonyms = Pseudonyms.from(config.security().pseudonymiseKeyFile());
        KeyStore keys = new KeyStore(warehouse, warehouse, clock, pseudonyms);
        Admission admission = admission(config, keys, warehouse);
        IngestMetrics metrics = new IngestMetrics(registry);
        GroupCommitWriter writer = new GroupCommitWriter(warehouse, config.writer(), metrics);
        Catalog catalog = new Catalog();
        EnrichmentPipeline enrichment = config.enrich() ? enrichment(warehouse, catalog) : null;
        LlmInsights llm = enrichment == null || config.llm() == null ? null
                : llm(config.llm(), warehouse, enrichment, registry, clock);
        KafkaSink kafkaSink = config.kafka() == null ? null : new KafkaSink(config.kafka(), writer);
        IngestSink sink = kafkaSink == null ? writer : kafkaSink;
        IngestService ingest = new IngestService(new EventParser(config.maxEventsPerRequest()),
                new EventValidator(config.validation()), new DedupeIndex(warehouse, config.dedupeMaxResidentIds()),
                sink, metrics, clock, config.ackTimeout(), enrichment, pseudonyms);
        // One fold of the model window's listening, which both models learn from (incremental but on the lake).
        ListeningFold listening = new ListeningFold(warehouse, config.modelWindow(), clock, lake == null);
        ModelRebuilder models = enrichment == null ? null : new ModelRebuilder(listening, enrichment, clock);
        EnrichmentBackfill backfill = enrichment == null ? null
                : new EnrichmentBackfill(warehouse, enrichment, clock);
        DemoProgress demo = config.demo() ? DemoProgress.open(StateFiles.beside(config.database())) : DemoProgress.OFF;
        // Model fits get a thread of their own: a long rebuild must not delay the rollups or the per-user copy.
        ScheduledExecutorService fits = Threads.scheduler("earshot-models");
        ScheduledExecutorService scheduler = Threads.scheduler("earshot-rollups");
        if (models != null) {
            fits.scheduleWithFixedDelay(unlessDemoLoading(demo, () -> rebuildQuietly(models)), 0, config.modelRebuildInterval().toSeconds(),
                    TimeUnit.SECONDS);
        }
        UserListens userListens = new UserListens(warehouse, clock);
        RollupRefresher rollups = new RollupRefresher(new Rollups(warehouse).ensure(), clock);
        if (lake == null) {
            scheduler.scheduleWithFixedDelay(unlessDemoLoading(demo, () -> catchUpQuietly(userListens)), 0,
                    USER_LISTENS_EVERY_S, TimeUnit.SECONDS);
            scheduler.scheduleWithFixedDelay(unlessDemoLoading(demo, rollups), 0, RollupRefresher.INTERVAL.toSeconds(), TimeUnit.SECONDS);
        } else {
            // No rollups nor per-user copy on the lake: they would miss late files (see Lake); questions read the lake.
            lake.watch(scheduler);
        }
        SimulationService simulations = new SimulationService(ingest, clock, demo);
        RecommendationService recommendations = new RecommendationService(listening, warehouse, clock,
                StateFiles.beside(config.database()));
        recommendations.scheduleOn(fits, config.modelRebuildInterval(), demo::loading);
        fits.scheduleWithFixedDelay(unlessDemoLoading(demo, new FirstFits(warehouse, models, recommendations)), FirstFits.EVERY_S,
                FirstFits.EVERY_S, TimeUnit.SECONDS);
        UserErasure erasure = new UserErasure(userListens, ErasureAudit.open(ErasureAudit.keyFileFor(config.database())),
                () -> {
                    keys.reload();
                    refitAfterErasure(models, recommendations);
                }, clock);
        Compaction compaction = new Compaction(warehouse, config.security().compactWithin(), clock);
        scheduler.scheduleWithFixedDelay(compaction, compaction.checkEvery().toSeconds(),
                compaction.checkEvery().toSeconds(), TimeUnit.SECONDS);
        LiveHub live = LiveHub.start(catalog::find, warehouse, ApiJson.mapper(), clock);
        writer.onCommit(live::committed);
        ImportService imports = imports(config, warehouse, ingest, catalog, pseudonyms, () -> scheduler.schedule(() -> {
            rollups.run();
            catchUpQuietly(userListens);
        }, ReceivedWatermark.SETTLE.toSeconds() + 5, TimeUnit.SECONDS), clock);
        Presets presets = new Presets(warehouse, clock);
        RuleStore rules = new RuleStore(warehouse, warehouse, clock, pseudonyms::of);
        scheduler.scheduleWithFixedDelay(unlessDemoLoading(demo, () -> keepRulesCurrentQuietly(rules)), USER_LISTENS_EVERY_S, USER_LISTENS_EVERY_S,
                TimeUnit.SECONDS);
        WebServer web = WebServer.start(config, new Services(ingest, warehouse, warehouse, writer::isHealthy,
                simulations, catalog::find, models == null ? CoListening.OFF : models,
                backfill == null ? Backfill.OFF : backfill, live, userListens, recommendations,
                lake == null ? Analytics.withRollups(warehouse) : Analytics.over(warehouse), keys, admission, presets,
                new Audiences(warehouse),
                new UserSearch(userListens), new UserProfiles(warehouse, userListens, presets),
                new UserWrapped(warehouse, userListens, clock), erasure, compaction,
                new Backups(warehouse, clock), new ModelEvaluations(clock), clock,
                Sources.create(ingest, keys, admission::spend, warehouse, warehouse, clock, pseudonyms), pseudonyms, imports,
                rules, lake != null),
                registry);
        if (config.demo()) {
            // Once loaded, the rollups fold the history (their next tick is up to an hour away), after it settled.
            startDemo(DemoData.standardFor(demo, clock.instant()), demo, warehouse, ingest, simulations, models,
                    recommendations, () -> scheduler.schedule(rollups, ReceivedWatermark.SETTLE.toSeconds() + 5,
                            TimeUnit.SECONDS));
        }
        return new Earshot(warehouse, writer, simulations, live, web, gc, List.of(fits, scheduler), llm, imports,
                kafkaSink);
    }

    /**
     * Imports through the one writer; catalog entries of an import go to the tracks table and the in-memory catalog;
     * {@code afterImport} folds an ended import into the rollups and the per-user copy once it has settled.
     */
    public static ImportService imports(EarshotConfig config, DuckDbWarehouse warehouse, IngestService ingest,
                                        Catalog catalog, Pseudonyms pseudonyms, Runnable afterImport, Clock clock) {
        return new ImportService(Readers.standard(), ingest, warehouse, warehouse, tracks -> {
            warehouse.upsertTracks(tracks);
            tracks.forEach(catalog::upsert);
        }, afterImport, config.validation(), pseudonyms, clock);
    }

    /** After an erasure every fitted model forgets the listener at once: they were a reason and a neighbour. */
    private static void refitAfterErasure(ModelRebuilder models, RecommendationService recommendations) {
        try {
            if (models != null) {
                models.rebuild();
            }
            if (recommendations.ready()) {
                recommendations.refit();
            }
        } catch (RuntimeException e) {
            LOG.error("refitting the models after an erasure failed; the next scheduled fit drops the listener", e);
        }
    }

    /** Who may come in; a server that must not start (exposed without keys) closes its file before it says so. */
    private static Admission admission(EarshotConfig config, KeyStore keys, DuckDbWarehouse warehouse) {
        try {
            AuthPolicy policy = AuthPolicy.forServer(config.host(), config.security(), keys);
            return new Admission(keys, policy, config.security().ratePerMinute());
        } catch (IllegalStateException e) {
            warehouse.close();
            throw e;
        }
    }

    /** A failed rebuild keeps the previous model; it must not end the schedule, as an exception would. */
    /**
     * While the demo history loads, the background work (per-user copy, rollup folds, model fits, rule matching)
     * waits: on two cores it would take turns with the load's generation, enrichment and commits, and each of its
     * runs would only be superseded by the next; the load's end refits the models and folds the rollups.
     */
    private static Runnable unlessDemoLoading(DemoProgress demo, Runnable task) {
        return () -> {
            if (!demo.loading()) {
                task.run();
            }
        };
    }

    private static void rebuildQuietly(ModelRebuilder models) {
        try {
            models.rebuild();
        } catch (RuntimeException e) {
            LOG.error("co-listening model rebuild failed; keeping the previous model", e);
        }
    }

    /** Profiles stay exact while the copy lags (they read newer events from events); the next run catches up. */
    private static void catchUpQuietly(UserListens userListens) {
        try {
            userListens.catchUp();
        } catch (RuntimeException e) {
            LOG.error("updating the per-user copy of listens failed; will retry", e);
        }
    }

    /** Until the next run matches them, a new track of an excluded artist counts; that must not end the schedule. */
    private static void keepRulesCurrentQuietly(RuleStore rules) {
        try {
            rules.keepCurrent();
        } catch (RuntimeException e) {
            LOG.error("matching the cleanup rules against new tracks failed; will retry", e);
        }
    }

    /** The local models over a catalog warmed from the warehouse, so that a restart knows every track again. */
    private static EnrichmentPipeline enrichment(Warehouse warehouse, Catalog catalog) {
        warehouse.tracks(catalog::upsert);
        return new EnrichmentPipeline(catalog);
    }

    /** Claude for tracks the catalog does not describe, starting from the answers kept so far; its spend is a metric. */
    private static LlmInsights llm(LlmSettings settings, DuckDbWarehouse warehouse, EnrichmentPipeline enrichment,
                                   MeterRegistry registry, Clock clock) {
        LlmInsights llm = new LlmInsights(settings, new LlmInsightTable(warehouse), clock).start();
        enrichment.useLlm(llm);
        Gauge.builder("earshot.llm.spent.usd.today", llm, LlmInsights::spentUsdToday)
                .description("Estimated Claude spend today (UTC), from reported usage").register(registry);
        FunctionCounter.builder("earshot.llm.calls", llm, LlmInsights::calls).register(registry);
        LOG.info("Claude provider on: {} ({} tracks already answered)", settings, llm.answeredTracks());
        return llm;
    }

    /** Loads the demo in the background, so that the server answers at once and fills up as the data lands. */
    private static void startDemo(DemoData data, DemoProgress progress, Warehouse warehouse, IngestService ingest,
                                  SimulationService simulations, ModelRebuilder models,
                                  RecommendationService recommendations, Runnable afterLoad) {
        Threads.start("earshot-demo", () -> {
            try {
                boolean loaded = data.load(warehouse, ingest, simulations, progress);
                // The history just loaded is what the models should learn from, not the next scheduled tick.
                if (loaded && models != null) {
                    rebuildQuietly(models);
                }
                if (loaded) {
                    recommendations.refit();
                    afterLoad.run();
                }
            } catch (RuntimeException e) {
                LOG.error("demo data stopped (the dashboard says so; the next start resumes it): {}", e.getMessage(), e);
            }
        });
    }

    private static JvmGcMetrics bindJvmMetrics(PrometheusMeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }

    /** Waits for a stopped scheduler's running job to end; one stuck beyond the wait is logged, not waited for. */
    private static void awaitStopped(ScheduledExecutorService scheduler) {
        try {
            if (!scheduler.awaitTermination(BACKGROUND_STOP_S, TimeUnit.SECONDS)) {
                LOG.warn("a background job did not stop within {} s of shutdown; closing the store anyway",
                        BACKGROUND_STOP_S);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return web.port();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        live.close();
        // Requests in flight get their answer (new ones a 503 with Retry-After) while background jobs wind down.
        web.stop();
        // A model fit or rollup already running must end before the store closes under it (it would fail with
        // "the warehouse is closed"); they were interrupted above and are waited for here.
        schedulers.forEach(Earshot::awaitStopped);
        simulations.close();
        if (kafka != null) {
            kafka.close();
        }
        imports.close();
        writer.close();
        if (llm != null) {
            llm.close();
        }
        warehouse.close();
        gcMetrics.close();
    }
}
