package dev.earshot.web;

import dev.earshot.live.LiveClient;
import dev.earshot.live.LiveHub;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;

/** GET /v1/live: Server-Sent Events with committed events ({@code listen}) and KPI ticks ({@code kpi}). */
final class LiveRoutes {
    private final LiveHub hub;

    LiveRoutes(LiveHub hub) {
        this.hub = hub;
    }

    void register(RoutesConfig routes) {
        routes.sse("/v1/live", this::connect);
    }

    private void connect(SseClient sse) {
        sse.keepAlive();
        LiveClient client = new LiveClient() {
            @Override
            public boolean send(String event, String json) {
                if (sse.terminated()) {
                    return false;
                }
                sse.sendEvent(event, json);
                return !sse.terminated();
            }

            @Override
            public void close() {
                sse.close();
            }
        };
        sse.onClose(() -> hub.leave(client));
        hub.join(client);
    }
}
