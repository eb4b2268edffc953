package dev.earshot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.models.ModelEvaluations;
import dev.earshot.segments.Audiences;
import dev.earshot.segments.Presets;
import dev.earshot.users.UserErasure;
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

/** The HTTP server: Javalin on Jetty, every feature registering its own routes. */
public final class WebServer {
    static final long STOP_TIMEOUT_MS = 20_000;
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(EarshotConfig config, Services s, PrometheusMeterRegistry registry) {
        Clock clock = Clock.systemUTC();
        Presets presets = new Presets(s.reader(), clock);
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
            cfg.routes.before("/v1/*", s.admission()::admit);
            new KeyRoutes(s.keys()).register(cfg.routes);
            new EventRoutes(s.ingest(), s.warehouse(), config.maxBodyBytes()).register(cfg.routes);
            new HealthRoutes(s.warehouse(), s.writerHealthy(), registry).register(cfg.routes);
            new SimulationRoutes(s.simulations()).register(cfg.routes);
            new VocabularyRoutes().register(cfg.routes);
            new ModelRoutes(s.models(), s.backfill(), new ModelEvaluations(clock), s.recommendations())
                    .register(cfg.routes);
            new LiveRoutes(s.live()).register(cfg.routes);
            new UserRoutes(new UserSearch(s.userListens()), new UserProfiles(s.warehouse(), s.userListens(), presets),
                    new UserWrapped(s.reader(), s.userListens(), clock), new UserErasure(s.userListens()), clock)
                    .register(cfg.routes);
            new SegmentRoutes(presets, new Audiences(s.reader()), clock).register(cfg.routes);
            new RecommendationRoutes(s.recommendations()).register(cfg.routes);
            new TrackRoutes(s.warehouse(), s.enrichment(), s.catalog()).register(cfg.routes);
            new AnalyticsRoutes(s.analytics(), clock).register(cfg.routes);
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
