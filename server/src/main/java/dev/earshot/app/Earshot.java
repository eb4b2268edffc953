package dev.earshot.app;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
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

    private Earshot(Warehouse warehouse, GroupCommitWriter writer, SimulationService simulations, WebServer web,
                    JvmGcMetrics gcMetrics) {
        this.warehouse = warehouse;
        this.writer = writer;
        this.simulations = simulations;
        this.web = web;
        this.gcMetrics = gcMetrics;
    }

    public static Earshot start(EarshotConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = bindJvmMetrics(registry);
        DuckDbWarehouse warehouse = DuckDbWarehouse.open(config.database(), config.dbMemoryLimit());
        IngestMetrics metrics = new IngestMetrics(registry);
        GroupCommitWriter writer = new GroupCommitWriter(warehouse, config.writer(), metrics);
        IngestService ingest = new IngestService(new EventParser(config.maxEventsPerRequest()),
                new EventValidator(config.validation()), new DedupeIndex(warehouse, config.dedupeMaxResidentIds()),
                writer, metrics, Clock.systemUTC(), config.ackTimeout(), config.enrich() ? enrichment(warehouse) : null);
        SimulationService simulations = new SimulationService(ingest, Clock.systemUTC());
        WebServer web = WebServer.start(config, ingest, warehouse, writer::isHealthy, simulations, registry);
        if (config.demo()) {
            startDemo(warehouse, ingest, simulations);
        }
        return new Earshot(warehouse, writer, simulations, web, gc);
    }

    /** The local models over a catalog warmed from the warehouse, so that a restart knows every track again. */
    private static EnrichmentPipeline enrichment(Warehouse warehouse) {
        Catalog catalog = new Catalog();
        warehouse.tracks(catalog::upsert);
        return new EnrichmentPipeline(catalog);
    }

    /** Loads the demo in the background, so that the server answers at once and fills up as the data lands. */
    private static void startDemo(Warehouse warehouse, IngestService ingest, SimulationService simulations) {
        Thread demo = new Thread(() -> {
            try {
                DemoData.standard().load(warehouse, ingest, simulations);
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
        web.stop();
        simulations.close();
        writer.close();
        warehouse.close();
        gcMetrics.close();
    }
}
