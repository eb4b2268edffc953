package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ingest.OverloadedException;
import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.simulations.TooManySimulationsException;
import dev.earshot.store.WarehouseException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each typed failure a route may raise becomes its status, code and (for 429 and 503) the one Retry-After. */
class ErrorMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MappedRoutes app;

    @BeforeAll
    static void start() {
        app = MappedRoutes.start(routes -> {
            routes.get("/warehouse", ctx -> {
                throw new WarehouseException("query failed: " + "DuckDB says no",
                        new SQLException("java.sql.SQLException: DuckDB internal"));
            });
            routes.get("/overloaded", ctx -> {
                throw new OverloadedException("the writer's queue is full");
            });
            routes.get("/simulations", ctx -> {
                throw new TooManySimulationsException();
            });
            routes.get("/rule", ctx -> {
                throw new InvalidParameterException("country", "must be an ISO 3166-1 alpha-2 code such as US");
            });
            routes.get("/not-ready", ctx -> {
                throw new ApiException(503, "model_not_ready", "not yet");
            });
            routes.get("/bug", ctx -> {
                throw new IllegalStateException("NullPointerException in dev.earshot.Secret");
            });
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void warehouseFailureIsA503ThatNamesNoEngine() throws Exception {
        HttpResponse<String> r = get("/warehouse");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(code(r)).isEqualTo("storage_unavailable");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(r.body()).doesNotContainIgnoringCase("duckdb").doesNotContain("SQLException");
    }

    @Test
    void overloadIsA503WithRetryAfter() throws Exception {
        HttpResponse<String> r = get("/overloaded");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(code(r)).isEqualTo("unavailable");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void tooManySimulationsIsA429WithTheSameRetryAfter() throws Exception {
        HttpResponse<String> r = get("/simulations");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(code(r)).isEqualTo("too_many_simulations");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void invalidRuleIsA400NamingItsFieldFromTheTypeNotTheMessage() throws Exception {
        HttpResponse<String> r = get("/rule");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
        assertThat(error.get("details").get(0).get("field").asText()).isEqualTo("country");
        assertThat(error.get("details").get(0).get("message").asText())
                .isEqualTo("must be an ISO 3166-1 alpha-2 code such as US");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void aRouteRefusingWith503GetsRetryAfterWithoutSettingIt() throws Exception {
        HttpResponse<String> r = get("/not-ready");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(code(r)).isEqualTo("model_not_ready");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void anUnexpectedFailureIsA500ThatNamesNoClass() throws Exception {
        HttpResponse<String> r = get("/bug");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(code(r)).isEqualTo("internal");
        assertThat(r.body()).doesNotContain("dev.earshot").doesNotContain("Exception");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void anUnknownRouteIsAJson404() throws Exception {
        HttpResponse<String> r = get("/nowhere");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(code(r)).isEqualTo("not_found");
    }

    private static String code(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").get("code").asText();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return app.get(path);
    }
}
