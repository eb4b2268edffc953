package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.NdjsonEventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.support.HeadlessChrome;
import dev.earshot.support.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser against a real server holding two weeks of simulated listening: every chart
 * fills, the filters live in the URL, and a visitor can open a profile, size a segment and run a simulation.
 * Screenshots land in target/dashboard-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SCREENSHOTS = Path.of("target");
    static final List<String> ANALYTICS_PAGES = List.of("overview", "behaviour", "mood-genre", "tracks");
    static final List<String> ALL_PAGES = List.of("overview", "behaviour", "mood-genre", "tracks", "users", "segments",
            "simulator", "models", "import", "connect", "rules");
    /** Pages made of forms, with no chart cards to wait for. */
    static final java.util.Set<String> CARDLESS = java.util.Set.of("import", "connect", "rules");
    /** Pages whose content does not depend on the time range or platform. */
    static final java.util.Set<String> FILTERLESS = java.util.Set.of("simulator", "models", "import", "connect", "rules");
    static final List<Integer> WIDTHS = List.of(390, 1440);
    /** What a page shows when a script formats a missing value: never meant for a reader. */
    static final java.util.regex.Pattern NOT_A_VALUE = java.util.regex.Pattern.compile("\\b(NaN|undefined|null|Infinity)\\b|\\[object ");

    @RegisterExtension
    static final HeadlessChrome browser = HeadlessChrome.inTempProfile();
    @RegisterExtension
    static final RunningServer server = RunningServer.inTempDir();
    String knownUser;

    @BeforeAll
    void seed() throws IOException {
        knownUser = load(history("spotify", 12, 1), history("youtube_music", 5, 2));
        // As an operator would after loading history: train on it now rather than at the next scheduled rebuild.
        assertThat(server.post("/v1/models/rebuild", null, "").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void paintsTheShellBeforeAnyData() {
        browser.open(url("#/overview"));
        browser.settledCards();
        browser.reload();
        browser.find("chart-kpis");
        double firstPaint = ((Number) browser.script(
                "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1")).doubleValue();
        // Speed is measured, not asserted (a loaded CI box is not a user's machine): the figure is printed.
        System.out.printf("dashboard first contentful paint: %.0f ms%n", firstPaint);
        assertThat(firstPaint).as("the page painted").isPositive();
    }

    @Test
    @Order(2)
    void everyChartOfTheAnalyticsPagesFillsWithData() {
        SoftAssertions pages = new SoftAssertions();
        for (String page : ANALYTICS_PAGES) {
            browser.open(url("#/" + page));
            // The live stream waits for new listening, which only the live test below sends.
            List<String> cards = browser.settledCards().stream().filter(c -> !c.startsWith("chart-live-stream=")).toList();
            browser.screenshot(SCREENSHOTS.resolve("dashboard-" + page + ".png"));
            pages.assertThat(cards).as(page).isNotEmpty().allSatisfy(c -> assertThat(c).endsWith("=ready"));
        }
        pages.assertAll();
    }

    @Test
    @Order(3)
    void keepsTheFiltersInTheUrlAndRedrawsWithThem() {
        browser.open(url("#/overview"));
        new Select(browser.find("filter-range")).selectByValue("30d");
        new Select(browser.find("filter-platform")).selectByValue("spotify");
        assertThat(browser.currentUrl()).contains("range=30d").contains("platform=spotify");
        browser.awaitState("chart-kpis", "ready");
        browser.awaitState("chart-platforms", "ready");
        browser.click("nav-behaviour");
        assertThat(browser.currentUrl()).contains("#/behaviour").contains("range=30d").contains("platform=spotify");
        assertThat(new Select(browser.find("filter-platform")).getFirstSelectedOption().getText()).isEqualTo("Spotify");
    }

    @Test
    @Order(4)
    void findsAListenerAndOpensTheirProfileRecommendationsAndWrapped() {
        browser.open(url("#/users"));
        browser.find("user-search").sendKeys(knownUser);
        browser.click("user-search-submit");
        browser.awaitState("chart-users", "ready");
        browser.click("user-result");
        assertThat(browser.currentUrl()).contains("user=" + knownUser);
        thenPicture("user", () -> {
            for (String card : List.of("chart-profile", "chart-profile-taste", "chart-profile-clock", "chart-recent-events",
                    "chart-recommendations", "chart-wrapped")) {
                browser.awaitState(card, "ready");
            }
            assertThat(browser.find("profile-plays").getText()).containsPattern("\\d");
        });
    }

    @Test
    @Order(5)
    void buildsASegmentAndShowsItsAudienceWithAnExport() {
        browser.open(url("#/segments"));
        new Select(browser.find("segment-platform")).selectByValue("spotify");
        WebElement minListens = browser.find("segment-min_listens");
        minListens.clear();
        minListens.sendKeys("1");
        browser.click("segment-submit");
        thenPicture("segments", () -> {
            browser.awaitState("chart-audience", "ready");
            assertThat(browser.find("segment-audience-count").getText()).matches("[1-9][\\d,.]*[KM]?");
            assertThat(browser.find("segment-csv").getDomAttribute("href"))
                    .startsWith("/v1/segments/audience.csv?").contains("platform=spotify").contains("min_listens=1");
            browser.awaitState("chart-segment-presets", "ready");
        });
    }

    @Test
    @Order(6)
    void startsAndStopsASimulationFromTheSimulatorPage() throws IOException {
        browser.open(url("#/simulator"));
        browser.awaitState("chart-simulations", "empty");
        WebElement rate = browser.find("sim-rate");
        rate.clear();
        rate.sendKeys("40");
        browser.find("sim-start").click();
        browser.until(() -> browser.texts("sim-state").contains("running") ? true : null, "a running simulation in the list");
        browser.screenshot(SCREENSHOTS.resolve("dashboard-simulator.png"));

        browser.click("sim-stop");
        browser.until(() -> browser.texts("sim-stop").isEmpty() ? true : null, "no simulation left to stop");
        assertThat(browser.texts("sim-state")).isNotEmpty().containsOnly("stopped");
        JsonNode listed = JSON.readTree(server.get("/v1/simulations").body()).get("simulations");
        assertThat(listed).isNotEmpty().allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("stopped"));
    }

    @Test
    @Order(7)
    void showsListeningLiveAsItArrivesWithoutAReload() throws IOException {
        HttpResponse<String> started = server.post("/v1/simulations", "application/json", "{\"users\":30,\"rate\":20,\"seed\":9}");
        assertThat(started.statusCode()).isEqualTo(201);
        try {
            browser.open(url("#/overview"));
            thenPicture("overview-live", () -> {
                browser.awaitState("chart-live-stream", "ready");
                browser.until(() -> browser.findAll("live-events").get(0).findElements(By.tagName("li")).size() >= 3 ? true : null,
                        "three live events in the stream");
                assertThat(browser.find("live-status").getDomAttribute("data-status")).isNotEqualTo("unavailable");
            });
        } finally {
            server.delete("/v1/simulations/" + JSON.readTree(started.body()).get("id").asText());
        }
    }

    @Test
    @Order(8)
    void showsTheModelFiguresOrSaysWhyNot() {
        browser.open(url("#/models"));
        thenPicture("models", () ->
                assertThat(browser.settledCards()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".*=(ready|empty)")));
    }

    @Test
    @Order(9)
    void everyPageFitsAPhoneAndADesktopWithoutOverflowOrAnError() {
        SoftAssertions fits = new SoftAssertions();
        browser.consoleErrors();
        try {
            for (int width : WIDTHS) {
                browser.viewport(width);
                for (String page : ALL_PAGES) {
                    browser.open(url("#/" + page + "?range=30d"));
                    List<String> cards = CARDLESS.contains(page) ? browser.cards() : browser.settledCards();
                    browser.screenshot(SCREENSHOTS.resolve("dashboard-" + page + "-" + width + ".png"));
                    Map<String, Object> overflow = browser.horizontalOverflow();
                    fits.assertThat(((Number) overflow.get("by")).intValue()).as("%s at %d px overflows: %s", page, width,
                            overflow.get("elements")).isLessThanOrEqualTo(0);
                    fits.assertThat(cards).as("%s at %d px", page, width).noneMatch(c -> c.endsWith("=error"));
                    fits.assertThat(browser.pageText()).as("%s at %d px shows a value that is not one", page, width)
                            .doesNotContainPattern(NOT_A_VALUE);
                    fits.assertThat(browser.consoleErrors()).as("console errors on %s at %d px", page, width).isEmpty();
                }
            }
        } finally {
            browser.viewport(HeadlessChrome.WIDTH);
        }
        fits.assertAll();
    }

    @Test
    @Order(10)
    void everyChartOffersItsNumbersAsATableAndCsvFromTheSameAnswer() {
        browser.open(url("#/behaviour?range=30d"));
        browser.awaitState("chart-locations", "ready");
        browser.click("table-locations");
        List<String> cells = browser.texts("chart-locations");
        assertThat(cells.get(0)).contains("COUNTRY").contains("EVENTS").contains("/v1/analytics/locations");
        for (String page : ANALYTICS_PAGES) {
            browser.open(url("#/" + page + "?range=30d"));
            browser.settledCards();
            @SuppressWarnings("unchecked")
            List<String> withoutNumbers = (List<String>) browser.script("return [...document.querySelectorAll("
                    + "\"main [data-testid^='chart-'][data-state='ready']\")].filter(c => c.querySelector('.chart')"
                    + " && !c.querySelector('[data-testid^=csv-]')).map(c => c.dataset.testid)");
            assertThat(withoutNumbers).as("chart cards without a table and CSV on " + page).isEmpty();
        }
    }

    @Test
    @Order(11)
    void saysTopOnePercentRatherThanRoundingToAHundredAndWritesCsvThatQuotes() {
        browser.open(url("#/overview"));
        Object standing = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/format.js').then(m => done([m.standing(99.29), m.standing(50), m.standing(12.7)]))");
        assertThat(standing).isEqualTo(List.of("Top 1% of listeners", "Top 50% of listeners",
                "Listened more than 12% of listeners"));
        Object csv = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/card.js').then(m => done(m.toCsv({ head: ['artist', 'plays'], rows: [['Earth, Wind & Fire', 3], ['Say \"hi\"', 1]] }).split('\\r\\n')))");
        // Split in the page: the driver may rewrite line ends in a string it returns.
        assertThat(csv).isEqualTo(List.of("artist,plays", "\"Earth, Wind & Fire\",3", "\"Say \"\"hi\"\"\",1", ""));
    }

    @Test
    @Order(12)
    void segmentPickersOfferExactlyTheVocabularyTheApiAccepts() throws IOException {
        JsonNode vocabulary = JSON.readTree(server.get("/v1/vocabulary").body());
        browser.open(url("#/segments"));
        browser.awaitState("chart-segment-rule", "ready");
        for (String[] picker : new String[][] {{"mood", "moods"}, {"context", "contexts"}, {"platform", "platforms"}}) {
            assertThat(optionValues("#seg-" + picker[0] + " option")).as(picker[0])
                    .containsExactlyElementsOf(strings(vocabulary.get(picker[1])));
        }
        // The genre list is the vocabulary first, then any genre the stored listens carry beyond it.
        assertThat(optionValues("#genre-options option")).startsWith(strings(vocabulary.get("genres")).toArray(String[]::new));
    }

    @Test
    @Order(13)
    void thePickersOfTimeRangeAndPlatformShowOnlyWhereTheyChangeSomething() {
        for (String page : ALL_PAGES) {
            browser.open(url("#/" + page));
            boolean shown = browser.find("filter-range").isDisplayed();
            assertThat(shown).as("time range picker on " + page).isEqualTo(!FILTERLESS.contains(page));
        }
    }

    private List<String> optionValues(String css) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) browser.script(
                "return [...document.querySelectorAll(arguments[0])].map(o => o.value).filter(v => v !== '')", css);
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Runs the checks, then saves a picture of the page whether they passed or not. */
    private void thenPicture(String name, Runnable checks) {
        try {
            checks.run();
        } finally {
            browser.screenshot(SCREENSHOTS.resolve("dashboard-" + name + ".png"));
        }
    }

    private String url(String hash) {
        return server.uri("/" + hash).toString();
    }

    /**
     * Two weeks of one scenario ending today (UTC midnight): the dashboard's default range is the last week, and
     * the week before is what trends and changes are measured against.
     */
    private static List<ListenEvent> history(String scenario, int users, long seed) {
        SimulationConfig config = SimulationConfig.of(Scenario.named(scenario), users, 14, seed, LocalDate.now(ZoneOffset.UTC))
                .withHoldoutDays(0);
        return Simulation.events(World.generate(config), TruthRecorder.NONE);
    }

    /** Posts the events as NDJSON in batches the server accepts; returns one listener's id. */
    @SafeVarargs
    private String load(List<ListenEvent>... worlds) throws IOException {
        List<ListenEvent> all = new ArrayList<>();
        for (List<ListenEvent> events : worlds) {
            all.addAll(events);
        }
        for (int from = 0; from < all.size(); from += 500) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (NdjsonEventSink sink = new NdjsonEventSink(body)) {
                for (ListenEvent event : all.subList(from, Math.min(all.size(), from + 500))) {
                    sink.accept(event);
                }
            }
            HttpResponse<String> response = server.post("/v1/events", "application/x-ndjson", body.toByteArray());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(all).hasSizeGreaterThan(2_000);
        return all.get(0).userId();
    }
}
