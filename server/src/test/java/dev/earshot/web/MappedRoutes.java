package dev.earshot.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/**
 * A bare server on loopback with a test's routes and the one error mapping: how the web layer's unit tests
 * (ErrorMapping, QueryParams) see a route's answer as a client does, without starting Earshot.
 */
final class MappedRoutes implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Javalin app;

    private MappedRoutes(Javalin app) {
        this.app = app;
    }

    static MappedRoutes start(Consumer<RoutesConfig> routes) {
        return new MappedRoutes(Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.startup.showJavalinBanner = false;
            routes.accept(cfg.routes);
            ErrorMapping.register(cfg.routes);
        }).start());
    }

    HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + app.port() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
