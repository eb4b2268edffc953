package dev.earshot.web;

import static dev.earshot.support.HostileRequests.DATES;
import static dev.earshot.support.HostileRequests.IDS;
import static dev.earshot.support.HostileRequests.INTERNALS;
import static dev.earshot.support.HostileRequests.NOT_UTF8;
import static dev.earshot.support.HostileRequests.NUMBERS;
import static dev.earshot.support.HostileRequests.WORDS;
import static dev.earshot.support.HostileRequests.splice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.HostileRequests.Reply;
import dev.earshot.support.HostileRequests;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A corpus of hostile requests against a real server on loopback — query parameters with dates a billion years
 * away, garbled cursors, bad escapes and numbers of every wrong kind on every route that takes parameters; path
 * ids with bad escapes, NUL and overlong values; bodies that are not UTF-8, nest deeply, carry huge numbers, wrong
 * types or duplicate keys. Every answer is JSON, never a 500 and never HTML, names no library, class or engine, and
 * a refused parameter is a 400 naming it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    static final List<String> CURSORS = List.of("AAAA", "%zz", "!!!!", "x".repeat(5000),
            b64("9223372036854775807:e1"), b64("-9223372036854775808:e1"), b64("99999999999999999999:e1"),
            b64(":e1"), b64("123:"), b64("abc:e1"), b64("1700000000000000"), "%00", "%u0041",
            Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xC0, (byte) 0x80, ':'}));

    static final List<String> ANALYTICS = List.of("overview", "event-mix", "heatmap", "skip-curve", "moods", "genres",
            "top-tracks", "top-artists", "chart-history", "trending-artists", "emerging-artists", "platforms",
            "locations", "retention", "high-value-users");
    static final List<String> WITH_LIMIT = List.of("/v1/analytics/top-tracks", "/v1/analytics/top-artists",
            "/v1/analytics/chart-history", "/v1/analytics/trending-artists", "/v1/analytics/emerging-artists",
            "/v1/analytics/locations", "/v1/analytics/high-value-users", "/v1/events", "/v1/users",
            "/v1/users/u1/recommendations", "/v1/tracks/t1/similar");
    static final List<String> RANGED = List.of("/v1/events", "/v1/users/u1/profile", "/v1/users/u1/wrapped",
            "/v1/segments/presets", "/v1/segments/audience", "/v1/segments/audience.csv");

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsAJsonRefusalNamingNoInternals() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // Dates far out of range or garbled, on every route that takes a range.
        for (String route : ANALYTICS) {
            for (String param : List.of("from", "to")) {
                for (String date : DATES.subList(0, 8)) {
                    cases.add(Case.param("/v1/analytics/" + route, param, date));
                }
            }
        }
        for (String route : RANGED) {
            for (String param : List.of("from", "to")) {
                for (String date : DATES) {
                    cases.add(Case.param(route, param, date));
                }
            }
        }
        for (String route : WITH_LIMIT) {
            for (String n : NUMBERS) {
                cases.add(Case.param(route, "limit", n));
            }
        }
        for (String route : List.of("/v1/analytics/chart-history", "/v1/analytics/retention")) {
            for (String n : NUMBERS) {
                cases.add(Case.param(route, "weeks", n));
            }
        }
        for (String n : NUMBERS) {
            cases.add(Case.param("/v1/segments/audience", "min_listens", n));
        }
        for (String n : List.of("-1", "1.5", "NaN", "Infinity", "-Infinity", "1e9", "0x1p3", "1d", "%zz", "%00",
                "%EF%BC%91", "9".repeat(5000))) {
            cases.add(Case.param("/v1/segments/audience", "min_engagement", n));
        }
        for (String h : List.of("99-100", "-1-5", "5", "a-b", "%zz", "18-23-1", "2147483648-1", "%00")) {
            cases.add(Case.param("/v1/segments/audience", "hours", h));
        }
        for (String c : CURSORS) {
            cases.add(Case.param("/v1/events", "cursor", c));
        }
        for (String w : WORDS) {
            cases.add(Case.param("/v1/events", "event_type", w));
            cases.add(Case.param("/v1/events", "platform", w));
            cases.add(Case.param("/v1/analytics/event-mix", "bucket", w));
            cases.add(Case.param("/v1/analytics/top-tracks", "by", w));
            cases.add(Case.param("/v1/analytics/locations", "level", w));
            cases.add(Case.param("/v1/analytics/overview", "platform", w));
            cases.add(Case.param("/v1/analytics/overview", "country", w));
            cases.add(Case.param("/v1/segments/audience", "genre", w));
        }
        // Free text: any answer but a failure (a filter that matches nothing is a fine answer).
        for (String w : List.of("%00", "%zz", "%u0041", "%27%3B%20DROP%20TABLE%20events%3B%20--", "x".repeat(5000), "%C0%AF", "%FF")) {
            cases.add(Case.free("GET", "/v1/events?user_id=" + w));
            cases.add(Case.free("GET", "/v1/events?track_id=" + w));
            cases.add(Case.free("GET", "/v1/users?q=" + w));
        }
        for (String id : IDS) {
            for (String route : List.of("/v1/events/%s", "/v1/tracks/%s", "/v1/tracks/%s/similar",
                    "/v1/users/%s/profile", "/v1/users/%s/wrapped", "/v1/users/%s/recommendations")) {
                cases.add(Case.path("GET", String.format(Locale.ROOT, route, id)));
            }
            cases.add(Case.path("DELETE", "/v1/users/" + id));
            cases.add(Case.path("DELETE", "/v1/simulations/" + id));
            cases.add(Case.path("DELETE", "/v1/keys/" + id));
        }
        eventBodies(cases);
        controlBodies(cases);
        return cases;
    }

    private static void eventBodies(List<Case> cases) {
        String ts = "2024-01-16T12:00:00Z";
        String good = event("e1", "\"" + ts + "\"");
        for (byte[] bad : NOT_UTF8) {
            for (String type : List.of("application/json", "application/x-ndjson")) {
                cases.add(Case.utf8(type, splice(event("e-%s", "\"" + ts + "\""), bad)));
            }
            cases.add(Case.utf8("application/json", splice("{\"name\":\"%s\",\"scopes\":[\"read\"]}", bad))
                    .at("/v1/keys"));
            cases.add(Case.utf8("application/json", splice("{\"scenario\":\"%s\"}", bad)).at("/v1/simulations"));
        }
        cases.add(Case.body("/v1/events", "application/json", "[".repeat(100_000)));
        cases.add(Case.body("/v1/events", "application/json", "[".repeat(5_000) + "]".repeat(5_000)));
        cases.add(Case.body("/v1/events", "application/json", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
        cases.add(Case.body("/v1/events", "application/json", good.replace("\"platform\"",
                "\"extra\":" + "[".repeat(200) + "]".repeat(200) + ",\"platform\"")));
        // NDJSON lines stand alone: the deep one is rejected with its reason, the good one counts.
        cases.add(Case.body("/v1/events", "application/x-ndjson", "[".repeat(50_000) + "\n" + good).anyAnswer());
        for (String n : List.of("1e400", "-1e400", "9".repeat(2_000), "99999999999999999999999", "-1", "1.5",
                "NaN", "Infinity", "0x10", "1e-400", "\"12\"", "true", "[]", "{}")) {
            cases.add(Case.body("/v1/events", "application/json", good.replace("\"ms_played\":1000",
                    "\"ms_played\":" + n)));
            cases.add(Case.body("/v1/events", "application/json", good.replace("\"position_ms\":0",
                    "\"position_ms\":" + n)));
        }
        for (String v : List.of("123", "true", "null", "{}", "[]", "\"\"", "\"" + "x".repeat(100_000) + "\"",
                "\"a\\u0000b\"", "\"\\ud800\"", "\"\\uZZZZ\"")) {
            cases.add(Case.body("/v1/events", "application/json", good.replace("\"e1\"", v)));
            cases.add(Case.body("/v1/events", "application/json", good.replace("\"u1\"", v)));
        }
        for (String t : List.of("\"+999999999-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"",
                "\"+1000000000-01-01T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "\"2024-02-30T00:00:00Z\"",
                "1705406400", "1e400", "\"2024-01-16T12:00:00+99:00\"", "\"" + "9".repeat(3000) + "\"", "null")) {
            cases.add(Case.body("/v1/events", "application/json", event("e1", t)));
        }
        cases.add(Case.body("/v1/events", "application/json", good.replace("{\"event_id\":\"e1\",",
                "{\"event_id\":\"e1\",\"event_id\":\"e2\",")));
        cases.add(Case.body("/v1/events", "application/json", good.replace("\"user_id\":\"u1\",",
                "\"user_id\":\"u1\",\"user_id\":\"u2\",")));
        cases.add(Case.body("/v1/events", "application/x-ndjson", good.replace("\"user_id\":\"u1\",",
                "\"user_id\":\"u1\",\"user_id\":\"u2\",")));
        // An empty batch stores nothing and says so; a byte order mark may be ignored (RFC 8259).
        cases.add(Case.body("/v1/events", "application/json", "[]").anyAnswer());
        cases.add(Case.body("/v1/events", "application/json", "\uFEFF" + good).anyAnswer());
        for (String b : List.of("", " ", "null", "[null]", "{}", "\"event\"", "42", "[1,2,3]", good + "x",
                good + good, "{\"event_id\":", "[" + good + ",]", "{'event_id':'e1'}",
                "a\u0000b", "[" + good + "]]", "/* c */" + good)) {
            cases.add(Case.body("/v1/events", "application/json", b));
        }
        cases.add(Case.body("/v1/events", "text/plain", good));
        cases.add(Case.body("/v1/events", null, good));
        cases.add(Case.body("/v1/events", "application/json; charset=latin1", good));
    }

    private static void controlBodies(List<Case> cases) {
        for (String route : List.of("/v1/simulations", "/v1/keys", "/v1/models/backfill", "/v1/admin/backup")) {
            for (String b : List.of("[]", "\"x\"", "42", "null", "{\"unknown_field\":1}", "{", "{\"a\":1}}",
                    "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "{\"scenario\":1e400,\"to\":1e400}",
                    "{\"scopes\":\"admin\",\"scopes\":[\"read\"],\"to\":\"/proc/earshot-x\",\"to\":\"/proc/earshot-y\"}",
                    "{\"rate\":\"fast\"}", "{\"from\":\"+999999999-01-01T00:00:00Z\"}",
                    "{\"to\":\"-999999999-01-01T00:00:00Z\"}", "{\"scopes\":[" + "9".repeat(3000) + "]}")) {
                cases.add(Case.body(route, "application/json", b));
            }
        }
    }

    private static String event(String id, String timestamp) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"play\",\"user_id\":\"u1\","
                + "\"track_id\":\"spotify:track:4iV5W9uYEdYUVa79Axb7Rh\",\"timestamp\":" + timestamp
                + ",\"platform\":\"spotify\",\"position_ms\":0,\"ms_played\":1000}";
    }


    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private void check(Case c) throws Exception {
        Reply r = HostileRequests.send(server.earshot().port(), c.method(), c.target(), c.contentType(), c.body());
        assertThat(r.status()).as("%s answered %d: %s", c.name(), r.status(), r.bodyStart()).isBetween(200, 499);
        if (c.expect() != Expect.ANY) {
            assertThat(r.status()).as("%s refused: %s", c.name(), r.bodyStart()).isBetween(400, 499);
        }
        if (r.contentType().startsWith("text/csv") && r.status() < 300) {
            return;
        }
        assertThat(r.contentType()).as("%s JSON: %s", c.name(), r.bodyStart()).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        if (r.status() >= 400 || c.body() != null) {
            assertThat(r.body()).as(c.name()).doesNotContainPattern(INTERNALS);
        }
        if (r.status() >= 400) {
            JsonNode error = body.path("error");
            assertThat(error.path("code").asText()).as("%s code: %s", c.name(), r.body()).isNotBlank();
            assertThat(error.path("message").asText()).as("%s message: %s", c.name(), r.body()).isNotBlank();
            assertThat(error.path("details").isArray()).as("%s details: %s", c.name(), r.body()).isTrue();
        }
        if (c.expect() == Expect.PARAM && r.status() == 400) {
            assertThat(r.body()).as("%s names the parameter", c.name()).contains("\"field\":\"" + c.param() + "\"");
        }
        if (c.expect() == Expect.PARAM) {
            assertThat(r.status()).as("%s is a 400 naming the parameter: %s", c.name(), r.bodyStart()).isEqualTo(400);
        }
        if (c.expect() == Expect.UTF8) {
            assertThat(r.status()).as(c.name()).isEqualTo(400);
            assertThat(body.path("error").path("message").asText()).as(c.name()).contains("UTF-8");
        }
    }


    enum Expect { PARAM, REFUSED, UTF8, ANY }

    record Case(String name, String method, String target, String contentType, byte[] body, Expect expect,
                String param) {
        static Case param(String route, String param, String value) {
            String target = route + "?" + param + "=" + value;
            return new Case("GET " + shorten(target), "GET", target, null, null, Expect.PARAM, param);
        }

        static Case free(String method, String target) {
            return new Case(method + " " + shorten(target), method, target, null, null, Expect.ANY, null);
        }

        static Case path(String method, String target) {
            return new Case(method + " " + shorten(target), method, target, null, null, Expect.ANY, null);
        }

        static Case body(String route, String contentType, String body) {
            return new Case("POST " + route + " " + shorten(body), "POST", route, contentType,
                    body.getBytes(StandardCharsets.UTF_8), Expect.REFUSED, null);
        }

        static Case utf8(String contentType, byte[] body) {
            return new Case("POST /v1/events not UTF-8 (" + contentType + ") " + shorten(new String(body,
                    StandardCharsets.ISO_8859_1)), "POST", "/v1/events", contentType, body, Expect.UTF8, null);
        }

        Case anyAnswer() {
            return new Case(name, method, target, contentType, body, Expect.ANY, param);
        }

        Case at(String route) {
            return new Case(name.replace("/v1/events", route), method, route, contentType, body, expect, param);
        }

        private static String shorten(String s) {
            String printable = s.replaceAll("\\p{Cntrl}", "?");
            return printable.length() <= 80 ? printable : printable.substring(0, 60) + "…(" + s.length() + " chars)";
        }
    }

}
