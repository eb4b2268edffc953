package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.support.HeadlessChrome;
import dev.earshot.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import page in a real browser: a person picks their Spotify files, imports them, and reads the summary. */
class ImportPageIT {
    @TempDir
    Path dir;
    RunningServer server;
    HeadlessChrome browser;

    @BeforeEach
    void start() {
        assertThat(HeadlessChrome.installed() || System.getenv("CI") == null).as("Chromium in CI").isTrue();
        assumeTrue(HeadlessChrome.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        server = RunningServer.start(dir.resolve("earshot.duckdb"));
        browser = HeadlessChrome.start(dir.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void picksFilesImportsThemAndShowsTheSummary() throws Exception {
        browser.open("http://127.0.0.1:" + server.earshot().port() + "/#/import");
        List<Path> files = ImportsApiIT.fixtures("spotify");
        browser.find("import-files").sendKeys(String.join("\n",
                files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        assertThat(browser.find("import-chosen").getText()).contains("endsong_0.json");
        browser.click("import-start");

        browser.until(() -> "done".equals(stateText()) ? true : null, "the import to finish");
        String counts = browser.find("import-counts").getText().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        browser.screenshot(Path.of("target", "dashboard-import.png"));
        assertThat(counts).contains("listens imported 10").contains("rejected 3");
        assertThat(browser.find("import-files-read").getAttribute("textContent")).contains("endsong_0.json (spotify)");
    }

    private String stateText() {
        List<String> s = browser.texts("import-state");
        return s.isEmpty() ? null : s.get(0);
    }
}
