package dev.earshot.web;

import static dev.earshot.web.RulesApiIT.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.support.HeadlessChrome;
import dev.earshot.support.RunningServer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The Rules page in a real browser: a person leaves an artist out and merges two spellings, sees the charts change,
 * finds the rules again on reload, is told which entry is wrong, and clears everything.
 */
class RulesPageIT {
    @RegisterExtension
    final HeadlessChrome browser = HeadlessChrome.inTempProfile();
    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir();

    @BeforeEach
    void seed() {
        // On the system clock: the page takes its default range from the browser's clock.
        Instant hourAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        String events = String.join(",",
                play("e1", "u1", "t-halo", "Halo", "Beyonce", hourAgo),
                play("e2", "u1", "t-halo", "Halo", "Beyonce", hourAgo.plusSeconds(1)),
                play("e3", "u2", "t-crazy", "Crazy in Love", "Beyoncé", hourAgo.plusSeconds(2)),
                play("e4", "u2", "t-one", "One", "Alpha", hourAgo.plusSeconds(3)));
        assertThat(server.post("/v1/events", "application/json", "[" + events + "]").statusCode()).isEqualTo(200);
    }

    @Test
    void editsTheRulesAndTheChartsFollow() {
        browser.open(url("#/rules"));
        browser.find("rules-exclude-artists").sendKeys("Alpha");
        browser.find("rules-merges").sendKeys("Beyoncé = Beyonce");
        browser.click("rules-save");

        awaitNotice("Saved");
        assertThat(browser.find("rules-excluded").getText()).contains("1");
        browser.screenshot(Path.of("target", "dashboard-rules.png"));

        browser.open(url("#/tracks"));
        browser.awaitState("chart-top-artists", "ready");
        String artists = browser.texts("chart-top-artists").get(0);
        assertThat(artists).contains("Beyoncé").doesNotContain("Beyonce\n").doesNotContain("Alpha");

        browser.open(url("#/rules"));
        assertThat(browser.until(() -> value("rules-merges").isEmpty() ? null : value("rules-merges"), "the saved rules"))
                .isEqualTo("Beyoncé = Beyonce");
        assertThat(value("rules-exclude-artists")).isEqualTo("Alpha");
    }

    @Test
    void saysWhichEntryIsWrongAndClearsEverything() {
        browser.open(url("#/rules"));
        browser.find("rules-exclude-artists").sendKeys("Alpha\nalpha");
        browser.find("rules-exclude-sources").sendKeys("simulated");
        browser.click("rules-save");

        List<String> problems = browser.until(() -> {
            List<String> p = browser.texts("rules-problems");
            return p.isEmpty() ? null : p;
        }, "the problems to be listed");
        assertThat(problems.get(0)).contains("exclude.artists[1]").contains("repeats");
        assertThat(browser.find("rules-exclude-artists").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("exclude.sources[0]", "not a source"));
        assertThat(browser.find("rules-exclude-sources").getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.find("rules-exclude-sources").clear();
        browser.find("rules-exclude-sources").sendKeys("simulation");
        browser.find("rules-exclude-artists").clear();
        browser.find("rules-exclude-artists").sendKeys("Alpha");
        browser.click("rules-save");
        awaitNotice("Saved");
        browser.click("rules-clear");
        browser.until(() -> browser.find("rules-excluded").getText().contains("0") ? true : null, "nothing to be left out");
        assertThat(value("rules-exclude-artists")).isEmpty();
        assertThat(value("rules-exclude-sources")).isEmpty();
    }

    private String value(String testid) {
        WebElement area = browser.find(testid);
        return area.getDomProperty("value");
    }

    private void awaitNotice(String text) {
        browser.until(() -> browser.texts("rules-notice").stream().anyMatch(t -> t.contains(text)) ? true : null,
                "the notice to say " + text);
    }

    private String url(String hash) {
        return "http://127.0.0.1:" + server.earshot().port() + "/" + hash;
    }
}
