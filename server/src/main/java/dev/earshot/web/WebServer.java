package dev.earshot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import io.javalin.Javalin;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** The HTTP server: Javalin on Jetty, every feature registering its own routes. */
public final class WebServer {
    static final long STOP_TIMEOUT_MS = 20_000;
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(EarshotConfig config, Services s, PrometheusMeterRegistry registry) {
        Clock clock = s.clock();
        ObjectMapper mapper = ApiJson.mapper();
        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            // Our own reader enforces the body limit with a JSON 413; Jetty's limit only backs it up.
            cfg.http.maxRequestSize = config.maxBodyBytes() + 1;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> admitWrites(server, config, registry));
            cfg.jetty.modifyServer(WebServer::drainOnStop);
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.jetty.modifyServer(server -> {
                PathEscapes escapes = new PathEscapes();
                escapes.setHandler(server.getHandler());
                server.setHandler(escapes);
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                // Slow or stalled uploads give their thread back: cut off below the minimum rate or when idle.
                http.setMinRequestDataRate(config.limits().minBodyBytesPerSecond());
                http.setIdleTimeout(config.limits().idleTimeout().toMillis());
            });
            if (config.security().tls()) {
                cfg.jetty.addConnector((server, http) -> tlsConnector(server, http, config));
            }
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            new HttpMetrics(registry).register(cfg.routes);
            cfg.routes.before(new BrowserSafety(config.host(), config.security())::check);
            if (s.readOnly()) {
                new ReadOnlyRoutes().register(cfg.routes);
            }
            cfg.routes.before("/v1/*", s.admission()::admit);
            new KeyRoutes(s.keys()).register(cfg.routes);
            new BackupRoutes(s.backups()).register(cfg.routes);
            new EventRoutes(s.ingest(), s.warehouse(), new dev.earshot.users.UserEvents(s.warehouse(), s.userListens()), config.maxBodyBytes(), s.pseudonyms()).register(cfg.routes);
            new HealthRoutes(s.warehouse(), s.writerHealthy(), registry).register(cfg.routes);
            new SimulationRoutes(s.simulations()).register(cfg.routes);
            new VocabularyRoutes().register(cfg.routes);
            new ChartLibrary().register(cfg.routes);
            new ModelRoutes(s.models(), s.backfill(), s.evaluations(), s.recommendations())
                    .register(cfg.routes);
            new LiveRoutes(s.live()).register(cfg.routes);
            new UserRoutes(s.userSearch(), s.userProfiles(), s.userWrapped(), s.userErasure(), s.compaction(),
                    clock, s.pseudonyms())
                    .register(cfg.routes);
            new SegmentRoutes(s.presets(), s.audiences(), clock).register(cfg.routes);
            new RecommendationRoutes(s.recommendations(), s.pseudonyms()).register(cfg.routes);
            new TrackRoutes(s.warehouse(), s.models(), s.catalog()).register(cfg.routes);
            new AnalyticsRoutes(s.analytics(), clock).register(cfg.routes);
            s.sources().register(cfg.routes, s.admission()::keysRequired, config.maxBodyBytes());
            new ImportRoutes(s.imports()).register(cfg.routes);
            new RuleRoutes(s.rules()).register(cfg.routes);
            ErrorMapping.register(cfg.routes);
        });
        app.start();
        return new WebServer(app);
    }

    /**
     * Write requests are admitted (or refused 503 at once) before anything reads their body, within what the server
     * was measured to complete in the latency target; the budget and the writes in progress are metrics.
     */
    private static void admitWrites(Server server, EarshotConfig config, PrometheusMeterRegistry registry) {
        WriteCapacity capacity = new WriteCapacity(config.limits().writeLatencyTarget().toNanos(),
                Math.min(config.maxBodyBytes(), config.limits().maxInFlightBytes()), config.limits().maxInFlightBytes(),
                System::nanoTime);
        InFlightGate gate = new InFlightGate(config.limits().maxInFlightWrites(), config.maxBodyBytes(),
                config.maxBodyBytes(), config.limits().maxInFlightBytes(), capacity);
        gate.setHandler(server.getHandler());
        server.setHandler(gate);
        Gauge.builder("earshot.admission.budget.bytes", capacity, WriteCapacity::budget)
                .description("Bytes of write requests admitted at once: the measured completion rate times the"
                        + " write latency target").register(registry);
        Gauge.builder("earshot.admission.processing", gate, InFlightGate::processing)
                .description("Write requests being processed (body received, not yet answered)").register(registry);
    }

    /**
     * On stop, stop accepting and let requests already in flight (waiting for their commit) get their answer,
     * for up to {@link #STOP_TIMEOUT_MS}; Jetty's own default cuts them off.
     */
    private static void drainOnStop(Server server) {
        GracefulHandler graceful = new GracefulHandler() {
            /** A request arriving while the server stops is told to come back, like any overload refusal. */
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (isShutdown()) {
                    InFlightGate.refuse(request, response, callback, "unavailable",
                            "the server is shutting down; retry after the time in Retry-After");
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
        graceful.setHandler(server.getHandler());
        server.setHandler(graceful);
        server.setStopTimeout(STOP_TIMEOUT_MS);
    }

    /** HTTPS on the configured address and port, in place of plain HTTP, with the PEM certificate and key. */
    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, EarshotConfig config) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(PemKeyStore.load(config.security().tlsCert(), config.security().tlsKey()));
        ssl.setKeyStorePassword(new String(PemKeyStore.PASSWORD));
        HttpConfiguration https = new HttpConfiguration(http);
        // The certificate may name another host than the bind address (a LAN name, say): no SNI host check.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
