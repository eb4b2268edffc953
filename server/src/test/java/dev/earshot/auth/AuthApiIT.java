package dev.earshot.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.app.Limits;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, scopes and auth modes on a real server: what a caller without, with a wrong and with a right key gets. */
class AuthApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVENT = "{\"event_id\":\"e1\",\"event_type\":\"play\",\"user_id\":\"u1\",\"track_id\":\"t1\","
            + "\"timestamp\":\"2026-01-05T10:00:00Z\",\"platform\":\"spotify\"}";

    @TempDir
    Path dir;
    RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private EarshotConfig config() {
        return EarshotConfig.defaults(dir.resolve("auth.duckdb")).withPort(0).withEnrich(false);
    }

    private String createKey(String body, String adminKey) throws Exception {
        HttpResponse<String> created = adminKey == null
                ? server.request("POST", "/v1/keys", body, "Content-Type", "application/json")
                : server.request("POST", "/v1/keys", body, "Content-Type", "application/json", "Authorization", "Bearer " + adminKey);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("secret").asText();
    }

    private HttpResponse<String> get(String path, String key) {
        return server.request("GET", path, null, "Authorization", "Bearer " + key);
    }

    @Test
    void loopbackWithoutKeysIsOpenAndTheFirstKeyClosesTheDoors() throws Exception {
        server = RunningServer.start(config());
        assertThat(server.get("/v1/events").statusCode()).isEqualTo(200);
        String admin = createKey("{\"scopes\":[\"admin\"],\"name\":\"laptop\"}", null);

        HttpResponse<String> refused = server.get("/v1/events");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(JSON.readTree(refused.body()).path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(get("/v1/events", admin).statusCode()).isEqualTo(200);
        assertThat(server.request("GET", "/v1/events", null, "Authorization", "Token " + admin).statusCode()).isEqualTo(200);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        assertThat(server.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void eachRouteAsksForItsScope() throws Exception {
        server = RunningServer.start(config());
        String admin = createKey("{\"scopes\":[\"admin\"]}", null);
        String read = createKey("{\"scopes\":[\"read\"]}", admin);
        String ingest = createKey("{\"scopes\":[\"ingest\"],\"user_id\":\"u1\"}", admin);

        assertThat(get("/v1/analytics/overview", read).statusCode()).isEqualTo(200);
        assertThat(post("/v1/events", EVENT, read).statusCode()).isEqualTo(403);
        assertThat(post("/v1/events", EVENT, ingest).statusCode()).isEqualTo(200);
        assertThat(get("/v1/events", ingest).statusCode()).isEqualTo(403);
        assertThat(post("/v1/simulations", "{\"users\":5,\"rate\":1}", read).statusCode()).isEqualTo(403);
        assertThat(post("/v1/models/rebuild", "{}", ingest).statusCode()).isEqualTo(403);
        assertThat(server.request("DELETE", "/v1/users/u1", null, "Authorization", "Bearer " + read).statusCode())
                .isEqualTo(403);
        assertThat(get("/v1/keys", read).statusCode()).isEqualTo(403);
        HttpResponse<String> forbidden = post("/v1/keys", "{\"scopes\":[\"admin\"]}", ingest);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(forbidden.body()).path("error").path("message").asText()).contains("'admin' scope");
        JsonNode listed = JSON.readTree(get("/v1/keys", admin).body()).path("items");
        assertThat(listed).hasSize(3);
        assertThat(listed.toString()).doesNotContain(admin).doesNotContain(read).doesNotContain("secret");
        assertThat(listed.get(2).path("user_id").asText()).isEqualTo("u1");
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedEvenWhenAuthIsOff() throws Exception {
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("auth.duckdb"), null, Events.CLOCK)) {
            KeyStore keys = new KeyStore(w, w, Events.CLOCK);
            keys.revoke(keys.create(new KeyRequest(Set.of(Scope.READ), Optional.empty(), "old")).key().id());
        }
        server = RunningServer.start(config().withSecurity(SecuritySettings.defaults().withAuth(AuthMode.OFF)));
        assertThat(server.get("/v1/events").statusCode()).isEqualTo(200);
        assertThat(get("/v1/events", "esk_notakey").statusCode()).isEqualTo(401);
        String admin = createKey("{\"scopes\":[\"admin\"]}", null);
        String id = JSON.readTree(get("/v1/keys", admin).body()).path("items").get(1).path("id").asText();
        assertThat(server.request("DELETE", "/v1/keys/" + id, null, "Authorization", "Bearer " + admin).statusCode())
                .isEqualTo(200);
        assertThat(get("/v1/events", admin).statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/events").statusCode()).as("auth off: no key needed").isEqualTo(200);
    }

    @Test
    void authOnDemandsAKeyEvenOnLoopback() {
        server = RunningServer.start(config().withSecurity(SecuritySettings.defaults().withAuth(AuthMode.ON)));
        assertThat(server.get("/v1/events").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesANonLoopbackAddressWithoutKeysUnlessInsecure() {
        EarshotConfig exposed = new EarshotConfig("0.0.0.0", 0, config().database(), null, 1024 * 1024, 1000,
                config().validation(), config().writer(), config().ackTimeout(), 1000, false, false,
                config().modelRebuildInterval(), config().modelWindow(), null, Limits.DEFAULT, SecuritySettings.defaults(), null, null);
        assertThatThrownBy(() -> RunningServer.start(exposed)).hasMessageContaining("without any key")
                .hasMessageContaining("--insecure");
        SecuritySettings d = SecuritySettings.defaults();
        server = RunningServer.start(exposed.withSecurity(new SecuritySettings(d.auth(), true, d.ratePerMinute(),
                d.allowedHosts(), d.corsOrigins(), null, null, d.compactWithin(), null)));
        assertThat(server.get("/v1/events").statusCode()).isEqualTo(200);
    }

    @Test
    void limitsEachKeyWithATokenBucket() throws Exception {
        server = RunningServer.start(config().withSecurity(SecuritySettings.defaults().withRatePerMinute(3)));
        String admin = createKey("{\"scopes\":[\"admin\"]}", null);
        String other = createKey("{\"scopes\":[\"read\"]}", admin);
        HttpResponse<String> first = get("/v1/events", admin);
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("3");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("1");
        assertThat(first.headers().firstValue("X-RateLimit-Reset")).isPresent();
        assertThat(get("/v1/events", admin).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = get("/v1/events", admin);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                s -> assertThat(s).isBetween(1L, 60L));
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(JSON.readTree(limited.body()).path("error").path("code").asText()).isEqualTo("rate_limited");
        assertThat(get("/v1/events", other).statusCode()).as("each key has its own bucket").isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String body, String key) {
        return server.request("POST", path, body, "Content-Type", "application/json", "Authorization", "Bearer " + key);
    }
}
