package dev.earshot.app;

import dev.earshot.event.EventParser;
import dev.earshot.event.EventValidator;
import dev.earshot.ingest.DedupeIndex;
import dev.earshot.ingest.GroupCommitWriter;
import dev.earshot.ingest.IngestMetrics;
import dev.earshot.ingest.IngestService;
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

/**
 * The one place that builds a running Earshot by hand: warehouse, writer, dedupe index, ingest service and
 * HTTP server. {@link #close()} shuts down in the order that loses nothing: stop taking requests, commit
 * what is queued, close the database.
 */
public final class Earshot implements AutoCloseable {
    private final Warehouse warehouse;
    private final GroupCommitWriter writer;
    private final WebServer web;
    private final JvmGcMetrics gcMetrics;

    private Earshot(Warehouse warehouse, GroupCommitWriter writer, WebServer web, JvmGcMetrics gcMetrics) {
        this.warehouse = warehouse;
        this.writer = writer;
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
                writer, metrics, Clock.systemUTC(), config.ackTimeout());
        WebServer web = WebServer.start(config, ingest, warehouse, writer::isHealthy, registry);
        return new Earshot(warehouse, writer, web, gc);
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
        writer.close();
        warehouse.close();
        gcMetrics.close();
    }
}
