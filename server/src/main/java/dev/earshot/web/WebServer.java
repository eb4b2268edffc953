package dev.earshot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.analytics.Analytics;
import dev.earshot.app.EarshotConfig;
import dev.earshot.ingest.IngestService;
import dev.earshot.live.LiveHub;
import dev.earshot.models.EnrichmentBackfill;
import dev.earshot.models.ModelEvaluations;
import dev.earshot.models.ModelRebuilder;
import dev.earshot.recommend.RecommendationService;
import dev.earshot.simulate.SimulationService;
import dev.earshot.segments.Audiences;
import dev.earshot.segments.Presets;
import dev.earshot.store.SqlReader;
import dev.earshot.store.Warehouse;
import dev.earshot.users.UserErasure;
import dev.earshot.users.UserListens;
import dev.earshot.users.UserProfiles;
import dev.earshot.users.UserSearch;
import dev.earshot.users.UserWrapped;
import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/** The HTTP server: Javalin on Jetty, every feature registering its own routes. */
public final class WebServer {
    static final long STOP_TIMEOUT_MS = 20_000;
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(EarshotConfig config, IngestService ingest, Warehouse warehouse,
                                  BooleanSupplier writerHealthy, SimulationService simulations,
                                  ModelRebuilder models, EnrichmentBackfill backfill, LiveHub live,
                                  PrometheusMeterRegistry registry, SqlReader reader, UserListens userListens,
                                  RecommendationService recommendations, Analytics analytics) {
        Clock clock = Clock.systemUTC();
        Presets presets = new Presets(reader, clock);
        ObjectMapper mapper = ApiJson.mapper();
        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            // Our own reader enforces the body limit with a JSON 413; Jetty's limit only backs it up.
            cfg.http.maxRequestSize = config.maxBodyBytes() + 1;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(WebServer::drainOnStop);
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            new HttpMetrics(registry).register(cfg.routes);
            new EventRoutes(ingest, warehouse, config.maxBodyBytes()).register(cfg.routes);
            new HealthRoutes(warehouse, writerHealthy, registry).register(cfg.routes);
            new SimulationRoutes(simulations).register(cfg.routes);
            new ModelRoutes(models, backfill, new ModelEvaluations(clock), recommendations).register(cfg.routes);
            new LiveRoutes(live).register(cfg.routes);
            new UserRoutes(new UserSearch(userListens), new UserProfiles(warehouse, userListens, presets),
                    new UserWrapped(reader, userListens, clock), new UserErasure(userListens), clock).register(cfg.routes);
            new SegmentRoutes(presets, new Audiences(reader), clock).register(cfg.routes);
            new RecommendationRoutes(recommendations).register(cfg.routes);
            new AnalyticsRoutes(analytics, clock).register(cfg.routes);
            ErrorMapping.register(cfg.routes);
        });
        app.start();
        return new WebServer(app);
    }

    /**
     * On stop, stop accepting and let requests already in flight (waiting for their commit) get their answer,
     * for up to {@link #STOP_TIMEOUT_MS}; Jetty's own default cuts them off.
     */
    private static void drainOnStop(Server server) {
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(server.getHandler());
        server.setHandler(graceful);
        server.setStopTimeout(STOP_TIMEOUT_MS);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
