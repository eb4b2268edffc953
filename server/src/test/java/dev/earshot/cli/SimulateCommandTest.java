package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEventsAndTruthReproducibly() throws IOException {
        Path first = dir.resolve("a.ndjson");
        Path second = dir.resolve("b.ndjson");
        Path truth = dir.resolve("truth.json");
        assertThat(run("--users", "20", "--days", "2", "--end", "2025-03-10", "--out", first.toString(),
                "--truth", truth.toString())).isZero();
        assertThat(run("--users", "20", "--days", "2", "--end", "2025-03-10", "--out", second.toString())).isZero();
        assertThat(Files.size(first)).isPositive();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(truth)).contains("\"held_out_listens\"", "\"emerging_artists\"");
    }

    @Test
    void customScenarioReadsItsSpec() throws IOException {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"users\": 10, \"days\": 2, \"platforms\": {\"youtube_music\": 1}, \"inline_metadata\": false}");
        Path out = dir.resolve("custom.ndjson");
        assertThat(run("--scenario", "custom", "--spec", spec.toString(), "--end", "2025-03-10", "--out", out.toString())).isZero();
        assertThat(Files.readString(out)).contains("\"platform\":\"youtube_music\"").doesNotContain("\"track\":");
    }

    @Test
    void customScenarioWithoutSpecIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new SimulateCommand()).setErr(new PrintWriter(err)).execute("--scenario", "custom");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--spec");
    }

    private static int run(String... args) {
        return new CommandLine(new SimulateCommand()).setErr(new PrintWriter(new StringWriter())).execute(args);
    }
}
