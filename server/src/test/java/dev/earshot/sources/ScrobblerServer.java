package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A real server with an admin key and one listener-bound key, as a new user of a scrobbler would set it up
 * (POST /v1/keys with {@code user_id}), and the stored events of that listener to check against.
 */
final class ScrobblerServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LISTENER = "alice";
    /** The server's "now" in epoch seconds: its clock is fixed, so listens stamped relative to it pass the
     * protocols' checks against that clock on any day. */
    static final long NOW = Events.T0.getEpochSecond();

    final RunningServer server;
    final String admin;
    final String key;

    private ScrobblerServer(RunningServer server, String admin, String key) {
        this.server = server;
        this.admin = admin;
        this.key = key;
    }

    static ScrobblerServer start(Path dir) {
        return start(config(dir));
    }

    /** As {@link #start(Path)}, each key allowed {@code ratePerMinute} requests a minute. */
    static ScrobblerServer start(Path dir, int ratePerMinute) {
        return start(config(dir).withSecurity(SecuritySettings.defaults().withRatePerMinute(ratePerMinute)));
    }

    private static ScrobblerServer start(EarshotConfig config) {
        RunningServer server = RunningServer.start(config, Events.CLOCK);
        String admin = secret(server.request("POST", "/v1/keys", "{\"scopes\":[\"admin\"],\"name\":\"admin\"}",
                "Content-Type", "application/json"));
        ScrobblerServer s = new ScrobblerServer(server, admin, null);
        return new ScrobblerServer(server, admin, s.newKey("ingest", LISTENER));
    }

    private static EarshotConfig config(Path dir) {
        return EarshotConfig.defaults(dir.resolve("scrobble.duckdb")).withPort(0).withEnrich(false);
    }

    /** The server stopped and started again on the same file, as after a restart: the same keys hold. */
    ScrobblerServer restarted(Path dir) {
        server.close();
        return new ScrobblerServer(RunningServer.start(config(dir), Events.CLOCK), admin, key);
    }

    /** A new key with {@code scope}, bound to {@code user} when it is not null. */
    String newKey(String scope, String user) {
        String body = "{\"scopes\":[\"" + scope + "\"],\"name\":\"scrobbler\"" + (user == null ? "" : ",\"user_id\":\""
                + user + "\"") + "}";
        return secret(server.request("POST", "/v1/keys", body, "Content-Type", "application/json",
                "Authorization", "Bearer " + admin));
    }

    private static String secret(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).path("secret").asText();
    }

    /** The listener's stored events, oldest first. */
    List<JsonNode> events(String user) {
        HttpResponse<String> r = server.request("GET", "/v1/events?limit=1000&user_id=" + user, null,
                "Authorization", "Bearer " + admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        json(r.body()).path("events").forEach(out::add);
        Collections.reverse(out);
        return out;
    }

    List<String> types(String user) {
        return events(user).stream().map(e -> e.path("event_type").asText()).toList();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
