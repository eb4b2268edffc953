package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.analytics.ChartMetric;
import dev.earshot.event.Platform;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one query-parameter parser, through a real server: each kind of value, blank the same as missing, values
 * out of range, and every refusal a 400 {@code invalid_parameter} naming the parameter in {@code details[].field}.
 */
class QueryParamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static MappedRoutes app;

    @BeforeAll
    static void start() {
        app = MappedRoutes.start(routes -> {
            routes.get("/value", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).value("q"))));
            routes.get("/instant", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).instant("from"))));
            routes.get("/integer", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).integer("limit", 10, 100))));
            routes.get("/decimal", ctx -> ctx.result(String.valueOf(
                    new QueryParams(ctx).decimal("min_share", "must be a number"))));
            routes.get("/choice", ctx -> ctx.result(String.valueOf(
                    new QueryParams(ctx).choice("by", ChartMetric.class, ChartMetric.PLAYS))));
            routes.get("/wire", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).wire("platform", Platform.WIRE))));
            routes.get("/cursor", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).cursor("cursor"))));
            routes.get("/source", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).source("source"))));
            routes.get("/filter", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).filter(CLOCK))));
            routes.get("/range-or-all", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).rangeOrAll(CLOCK))));
            routes.get("/rule", ctx -> ctx.result(String.valueOf(new QueryParams(ctx).rule())));
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void blankIsTheSameAsMissingForEveryKind() throws Exception {
        assertThat(ok("/value?q=")).isEqualTo("null");
        assertThat(ok("/value?q=%20%20")).isEqualTo("null");
        assertThat(ok("/value?q=%20abc%20")).isEqualTo("abc");
        assertThat(ok("/instant?from=")).isEqualTo(ok("/instant")).isEqualTo("null");
        assertThat(ok("/integer?limit=")).isEqualTo(ok("/integer")).isEqualTo("10");
        assertThat(ok("/decimal?min_share=")).isEqualTo("null");
        assertThat(ok("/choice?by=")).isEqualTo("PLAYS");
        assertThat(ok("/wire?platform=")).isEqualTo("null");
        assertThat(ok("/cursor?cursor=")).isEqualTo("null");
        assertThat(ok("/source?source=")).isEqualTo("null");
        assertThat(ok("/filter?from=&to=&platform=&country=")).isEqualTo(ok("/filter"));
    }

    @Test
    void readsEachKind() throws Exception {
        assertThat(ok("/instant?from=2024-01-16T13:00:00%2B01:00")).isEqualTo("2024-01-16T12:00:00Z");
        assertThat(ok("/integer?limit=100")).isEqualTo("100");
        assertThat(ok("/decimal?min_share=0.25")).isEqualTo("0.25");
        assertThat(ok("/choice?by=Minutes")).isEqualTo("MINUTES");
        assertThat(ok("/wire?platform=apple_music")).isEqualTo("APPLE_MUSIC");
        assertThat(ok("/source?source=import:spotify")).contains("import:spotify");
        assertThat(ok("/filter?platform=tidal&country=de"))
                .contains("from=2024-03-03T12:00:00Z", "to=2024-03-10T12:00:00Z", "platform=TIDAL", "country=DE");
        assertThat(ok("/range-or-all")).contains("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z");
        assertThat(ok("/range-or-all?to=2024-03-01T00:00:00Z")).contains("from=2024-02-23T00:00:00Z");
        assertThat(ok("/rule?genre=rock&min_listens=5&hours=22-2")).contains("genre=rock", "minListens=5", "hours=22-2");
    }

    @Test
    void refusesBadAndOutOfRangeValuesNamingTheParameter() throws Exception {
        refused("/instant?from=yesterday", "from");
        refused("/instant?from=%2B999999999-01-01T00:00:00Z", "from");
        refused("/instant?from=-999999999-01-01T00:00:00Z", "from");
        refused("/instant?from=0000-12-31T23:59:59Z", "from");
        refused("/integer?limit=0", "limit");
        refused("/integer?limit=101", "limit");
        refused("/integer?limit=99999999999999999999999", "limit");
        refused("/integer?limit=%2B5", "limit");
        refused("/integer?limit=1e3", "limit");
        refused("/decimal?min_share=1e-1", "min_share");
        refused("/decimal?min_share=NaN", "min_share");
        refused("/decimal?min_share=1e999", "min_share");
        refused("/choice?by=loudness", "by");
        refused("/wire?platform=napster", "platform");
        refused("/cursor?cursor=not-a-cursor", "cursor");
        refused("/cursor?cursor=" + "A".repeat(4000), "cursor");
        refused("/source?source=No%20Such%20Source!", "source");
        refused("/filter?country=USA", "country");
        refused("/filter?from=2024-03-10T12:00:00Z&to=2024-03-10T12:00:00Z", "from");
        refused("/rule?min_listens=0", "min_listens");
        refused("/rule?min_listens=99999999999", "min_listens");
        refused("/rule?min_engagement=2", "min_engagement");
        refused("/rule?hours=25-3", "hours");
        refused("/rule?genre=polka-metal", "genre");
    }

    @Test
    void refusesInvalidUtf8NamingTheParameter() throws Exception {
        refused("/value?q=%C0%AF", "q");
        refused("/value?q=%ED%A0%80", "q");
        assertThat(ok("/value?other=%C0%AF&q=fine")).isEqualTo("fine");
    }

    private static String ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static void refused(String path, String parameter) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
        assertThat(error.get("details").get(0).get("field").asText()).as(path).isEqualTo(parameter);
        assertThat(error.get("message").asText()).startsWith(parameter + " ");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return app.get(path);
    }
}
