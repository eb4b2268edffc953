package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.support.HeadlessChrome;
import dev.earshot.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Import page in a real browser: a person picks their Spotify files, imports them, and reads the summary. */
class ImportPageIT {
    @RegisterExtension
    final HeadlessChrome browser = HeadlessChrome.inTempProfile();
    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir();

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
