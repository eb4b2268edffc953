package dev.earshot.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.NdjsonEventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.Cursor;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.HeadlessChrome;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --lake} against the embedded path on the same seeded listening: the embedded server answers from
 * its rollups and per-user copy (caught up after a restart), the lake server from views over Parquet files laid out
 * as the stream job lays them ({@code events/dt=YYYY-MM-DD/part-*.parquet}, the events table's columns), written
 * while it runs — into a lake that had no file when it started, then a second batch with new day partitions. Every
 * read route asked answers the same JSON; every write is refused in JSON; the dashboard loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LakeServeIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate END = LocalDate.parse("2026-03-10");
    static final Instant NOW = Instant.parse("2026-03-11T06:00:00Z");
    /** The first batch of lake files holds the days before this one, the second batch the rest. */
    static final Instant SPLIT = Instant.parse("2026-03-06T00:00:00Z");
    static final String RANGE = "from=2026-02-20T00:00:00Z&to=2026-03-12T00:00:00Z";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    Path dir;
    MutableClock clock = new MutableClock(NOW);
    RunningServer embedded;
    RunningServer lake;
    String user;
    long total;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Path database = dir.resolve("embedded.duckdb");
        EarshotConfig config = EarshotConfig.defaults(database).withPort(0);
        embedded = RunningServer.start(config, clock);
        List<ListenEvent> events = new ArrayList<>(history("spotify", 8, 1));
        events.addAll(history("apple_music", 4, 2));
        user = events.get(0).userId();
        load(events);
        HttpResponse<String> snapshot = embedded.get("/v1/models/snapshot");
        assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(200);
        Path models = Files.writeString(dir.resolve("models.json"), snapshot.body());
        // A restart an hour on folds every event into the rollups and the per-user copy at once: the embedded
        // answers then come from them, as they do on a server that has run a while.
        clock.advance(Duration.ofHours(1));
        embedded.close();
        embedded = RunningServer.start(config, clock);
        total = count(warehouse(), "SELECT count(*) FROM events");
        await("the rollups and the per-user copy to hold every event", () ->
                count(warehouse(), "SELECT row_count FROM user_listens_state") == total
                        && count(warehouse(), "SELECT epoch_us(received_to) FROM rollup_watermark") > 0);

        Path lakeDir = Files.createDirectory(dir.resolve("lake"));
        lake = RunningServer.onLake(EarshotConfig.defaults(dir.resolve("scratch").resolve("lake.duckdb")).withPort(0),
                clock, new LakeSettings(lakeDir, models, null));
    }

    @AfterAll
    void stop() {
        for (RunningServer s : new RunningServer[] {lake, embedded}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    @Order(1)
    void startsEmptyAndReadsFilesAndNewDayPartitionsAsTheyAreCommitted() throws Exception {
        assertThat(events(lake)).isZero();
        long before = writeLake("ts < make_timestamp(?)");
        assertThat(before).isPositive().isLessThan(total);
        await("the first lake files to be read", () -> events(lake) == before);
        long after = writeLake("ts >= make_timestamp(?)");
        assertThat(before + after).isEqualTo(total);
        assertThat(partitions()).hasSizeGreaterThan(10);
        await("the new day partitions to be read", () -> events(lake) == total);
    }

    @Test
    @Order(2)
    void answersEveryReadRouteAsTheEmbeddedPathDoes() throws Exception {
        String genre = ok(embedded, "/v1/users/" + user + "/profile?" + RANGE).get("top_genres").get(0).get("name").asText();
        List<String> routes = new ArrayList<>(Stream.of("overview", "overview?platform=spotify", "top-tracks?limit=25",
                "top-tracks?limit=25&platform=apple_music&by=minutes", "top-artists?limit=25", "genres", "moods",
                "heatmap", "event-mix", "platforms", "locations", "skip-curve", "chart-history", "retention",
                "high-value-users").map(q -> "/v1/analytics/" + q + (q.contains("?") ? "&" : "?") + RANGE).toList());
        routes.addAll(List.of("/v1/analytics/overview", "/v1/users/" + user + "/profile?" + RANGE,
                "/v1/users/" + user + "/profile", "/v1/users?" + RANGE, "/v1/segments/presets?" + RANGE,
                "/v1/segments/audience?genre=" + genre + "&" + RANGE,
                "/v1/segments/audience?platform=spotify&min_engagement=0.4&" + RANGE,
                "/v1/events?user_id=" + user + "&limit=50"));
        for (String route : routes) {
            JsonNode want = ok(embedded, route);
            JsonNode got = ok(lake, route);
            if (!same(want, got)) {
                fail("%s differs%n embedded: %s%n lake:     %s", route, cut(want), cut(got));
            }
        }
        // The answers compared are not empty ones: the lake holds every event, and the segment has listeners.
        assertThat(ok(lake, "/v1/analytics/overview?" + RANGE).get("events").asLong()).isEqualTo(total);
        assertThat(ok(lake, "/v1/analytics/top-tracks?limit=25&" + RANGE).get("items")).hasSize(25);
        assertThat(ok(lake, "/v1/analytics/top-artists?limit=5&" + RANGE).get("items")).as("artists named by the"
                + " snapshot's catalog").hasSize(5);
        assertThat(ok(lake, "/v1/segments/audience?genre=" + genre + "&" + RANGE).get("audience").asLong()).isPositive();
        assertThat(ok(lake, "/v1/users/" + user + "/profile?" + RANGE).get("plays").asLong()).isPositive();
    }

    @Test
    @Order(3)
    void refusesEveryWriteInJsonAndLeavesTheLakeAsItWas() throws Exception {
        List<Path> files = files();
        String event = "{\"event_id\":\"e1\",\"event_type\":\"play\",\"user_id\":\"u1\",\"track_id\":\"t1\","
                + "\"timestamp\":\"2026-03-11T05:00:00Z\",\"platform\":\"spotify\"}";
        for (HttpResponse<String> r : List.of(lake.post("/v1/events", "application/json", event),
                lake.delete("/v1/users/" + user), lake.post("/v1/models/rebuild", null, ""),
                lake.request("PUT", "/v1/rules", "{}", "Content-Type", "application/json"))) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
            JsonNode error = JSON.readTree(r.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("read_only_lake");
            assertThat(error.get("message").asText()).doesNotContainIgnoringCase("duckdb").doesNotContain("Exception");
        }
        HttpResponse<String> listenBrainz = lake.post("/1/submit-listens", "application/json", "{}");
        assertThat(listenBrainz.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(listenBrainz.body()).get("code").asInt()).as("ListenBrainz's own format").isEqualTo(405);
        assertThat(files()).isEqualTo(files);
        assertThat(events(lake)).isEqualTo(total);
        assertThat(ok(lake, "/v1/users/" + user + "/profile").get("plays").asLong()).isPositive();
    }

    @Test
    @Order(4)
    void loadsTheDashboardOnTheLake() {
        assumeTrue(HeadlessChrome.installed() || System.getenv("CI") != null,
                "needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        try (HeadlessChrome browser = HeadlessChrome.start(dir.resolve("chromium-profile"))) {
            browser.open("http://127.0.0.1:" + lake.earshot().port() + "/#/overview");
            List<String> cards = browser.settledCards();
            assertThat(cards).isNotEmpty().noneMatch(c -> c.endsWith("=error"));
        }
    }

    /** Copies the embedded events matching {@code where} (bound to {@link #SPLIT}) into the lake, one file per day. */
    private long writeLake(String where) {
        Path lakeEvents = dir.resolve("lake").resolve("events");
        long rows = count(warehouse(), "SELECT count(*) FROM events WHERE " + where);
        warehouse().read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("COPY (SELECT *, strftime(ts, '%Y-%m-%d') AS dt FROM events"
                    + " WHERE " + where + ") TO '" + lakeEvents + "' (FORMAT parquet, COMPRESSION zstd,"
                    + " PARTITION_BY (dt), FILENAME_PATTERN 'part-{uuid}', OVERWRITE_OR_IGNORE)")) {
                ps.setLong(1, Cursor.micros(SPLIT));
                ps.execute();
            }
            return null;
        });
        return rows;
    }

    private long count(DuckDbWarehouse warehouse, String sql) {
        return warehouse.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                if (sql.contains("?")) {
                    ps.setLong(1, Cursor.micros(SPLIT));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private DuckDbWarehouse warehouse() {
        return (DuckDbWarehouse) embedded.earshot().warehouse();
    }

    private static long events(RunningServer server) {
        return ok(server, "/v1/analytics/overview?" + RANGE).get("events").asLong();
    }

    private List<Path> partitions() throws IOException {
        try (Stream<Path> days = Files.list(dir.resolve("lake").resolve("events"))) {
            return days.filter(d -> d.getFileName().toString().matches("dt=\\d{4}-\\d{2}-\\d{2}")).toList();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir.resolve("lake"))) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static JsonNode ok(RunningServer server, String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Equal trees; numbers equal to the last few bits, as sums of the same doubles added in another order (rollups
     * against raw rows) may round differently.
     */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            double x = a.asDouble();
            double y = b.asDouble();
            return x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static String cut(JsonNode n) {
        String s = n.toString();
        return s.length() > 1500 ? s.substring(0, 1500) + "…" : s;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("waited %d s for %s", DEADLINE.toSeconds(), what);
            }
            Thread.sleep(200);
        }
    }

    private static List<ListenEvent> history(String scenario, int users, long seed) {
        SimulationConfig config = SimulationConfig.of(Scenario.named(scenario), users, 14, seed, END).withHoldoutDays(0);
        return Simulation.events(World.generate(config), TruthRecorder.NONE);
    }

    private void load(List<ListenEvent> events) throws IOException {
        for (int from = 0; from < events.size(); from += 500) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (NdjsonEventSink sink = new NdjsonEventSink(body)) {
                for (ListenEvent event : events.subList(from, Math.min(events.size(), from + 500))) {
                    sink.accept(event);
                }
            }
            HttpResponse<String> response = embedded.post("/v1/events", "application/x-ndjson", body.toByteArray());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(events).hasSizeGreaterThan(1_000);
    }
}
