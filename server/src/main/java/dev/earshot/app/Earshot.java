package dev.earshot.app;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.RollupRefresher;
import dev.earshot.analytics.Rollups;
import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.simulate.DemoData;
import dev.earshot.simulate.SimulationService;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.Warehouse;
import dev.earshot.web.WebServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Executors;
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

    private final Warehouse warehouse;
    private final GroupCommitWriter writer;
    private final SimulationService simulations;
    private final WebServer web;
    private final JvmGcMetrics gcMetrics;
    private final ScheduledExecutorService scheduler;

    private Earshot(Warehouse warehouse, GroupCommitWriter writer, SimulationService simulations, WebServer web,
                    JvmGcMetrics gcMetrics, ScheduledExecutorService scheduler) {
        this.warehouse = warehouse;
        this.writer = writer;
        this.simulations = simulations;
        this.web = web;
        this.gcMetrics = gcMetrics;
        this.scheduler = scheduler;
    }

    public static Earshot start(EarshotConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = bindJvmMetrics(registry);
        DuckDbWarehouse warehouse = DuckDbWarehouse.open(config.database(), config.dbMemoryLimit());
        IngestMetrics metrics = new IngestMetrics(registry);
        GroupCommitWriter writer = new GroupCommitWriter(warehouse, config.writer(), metrics);
        EnrichmentPipeline enrichment = config.enrich() ? enrichment(warehouse) : null;
        IngestService ingest = new IngestService(new EventParser(config.maxEventsPerRequest()),
                new EventValidator(config.validation()), new DedupeIndex(warehouse, config.dedupeMaxResidentIds()),
                writer, metrics, Clock.systemUTC(), config.ackTimeout(), enrichment);
        ModelRebuilder models = enrichment == null ? null
                : new ModelRebuilder(warehouse, enrichment, config.modelWindow(), Clock.systemUTC());
        ScheduledExecutorService scheduler = scheduler();
        if (models != null) {
            scheduler.scheduleWithFixedDelay(() -> rebuildQuietly(models), 0, config.modelRebuildInterval().toSeconds(),
                    TimeUnit.SECONDS);
        }
        scheduler.scheduleWithFixedDelay(new RollupRefresher(new Rollups(warehouse).ensure(), Clock.systemUTC()), 0,
                RollupRefresher.INTERVAL.toSeconds(), TimeUnit.SECONDS);
        SimulationService simulations = new SimulationService(ingest, Clock.systemUTC());
        WebServer web = WebServer.start(config, ingest, warehouse, writer::isHealthy, simulations, models,
                Analytics.withRollups(warehouse), registry);
        if (config.demo()) {
            startDemo(warehouse, ingest, simulations, models);
        }
        return new Earshot(warehouse, writer, simulations, web, gc, scheduler);
    }

    private static ScheduledExecutorService scheduler() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "earshot-models");
            t.setDaemon(true);
            return t;
        });
    }

    /** A failed rebuild keeps the previous model; it must not end the schedule, as an exception would. */
    private static void rebuildQuietly(ModelRebuilder models) {
        try {
            models.rebuild();
        } catch (RuntimeException e) {
            LOG.error("co-listening model rebuild failed; keeping the previous model", e);
        }
    }

    /** The local models over a catalog warmed from the warehouse, so that a restart knows every track again. */
    private static EnrichmentPipeline enrichment(Warehouse warehouse) {
        Catalog catalog = new Catalog();
        warehouse.tracks(catalog::upsert);
        return new EnrichmentPipeline(catalog);
    }

    /** Loads the demo in the background, so that the server answers at once and fills up as the data lands. */
    private static void startDemo(Warehouse warehouse, IngestService ingest, SimulationService simulations,
                                  ModelRebuilder models) {
        Thread demo = new Thread(() -> {
            try {
                boolean loaded = DemoData.standard().load(warehouse, ingest, simulations);
                if (loaded && models != null) {
                    // The history just loaded is what the co-listening model should learn from, not the next tick.
                    rebuildQuietly(models);
                }
            } catch (RuntimeException e) {
                LOG.error("demo data stopped: {}", e.getMessage(), e);
            }
        }, "earshot-demo");
        demo.setDaemon(true);
        demo.start();
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

    public int port() {
        return web.port();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        web.stop();
        simulations.close();
        writer.close();
        warehouse.close();
        gcMetrics.close();
    }
}
