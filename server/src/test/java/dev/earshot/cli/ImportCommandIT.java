package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Cli;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * earshot import: into a stopped server's file, and to a running server over HTTP, with a progress bar on stderr
 * and the summary on stdout (as text, or JSON with --json).
 */
class ImportCommandIT {
    static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "imports");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void importsIntoAStoppedServersFileAndAgainAddsNothing() throws Exception {
        Path db = dir.resolve("earshot.duckdb");
        String spotify = FIXTURES.resolve("spotify").toString();
        String[] out = run("import", spotify, "--db", db.toString(), "--user", "ann");

        assertThat(out[0]).isEqualTo("0");
        assertThat(out[1]).contains("imported 10 listens").contains("left out: ").contains("incognito 2")
                .contains("rejected 3").contains("read endsong_0.json as spotify");
        try (DuckDbWarehouse w = DuckDbWarehouse.open(db, null, Events.CLOCK)) {
            assertThat(w.countEvents()).isPositive();
        }
        JsonNode again = JSON.readTree(run("import", "spotify", spotify, "--db", db.toString(), "--user", "ann", "--json")[1]);
        assertThat(again.get("summary").get("imported").asLong()).isZero();
        assertThat(again.get("summary").get("duplicates").asLong()).isEqualTo(12);
    }

    @Test
    void sendsTheFilesOfAFolderToARunningServer() throws Exception {
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("live.duckdb")).withPort(0))) {
            String url = "http://127.0.0.1:" + server.earshot().port();
            String[] first = run("import", FIXTURES.resolve("lastfm-csv").toString(), "--server", url, "--json");
            assertThat(first[0]).isEqualTo("0");
            JsonNode s = JSON.readTree(first[1]);
            assertThat(s.get("state").asText()).isEqualTo("done");
            assertThat(s.get("summary").get("imported").asLong()).isEqualTo(4);

            String[] unknown = run("import", "napster", "--server", url);
            assertThat(unknown[0]).isNotEqualTo("0");
            assertThat(unknown[2]).contains("no such file or folder: napster");
        }
    }

    private static String[] run(String... args) {
        return Cli.run(args).toArray(String[]::new);
    }
}
