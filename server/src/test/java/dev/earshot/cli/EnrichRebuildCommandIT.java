package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.app.EarshotConfig;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichRebuildCommandIT {
    @TempDir
    Path dir;

    @Test
    void asksTheRunningServerToRebuildAndPrintsWhatItRead() {
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("r.duckdb")).withPort(0), Events.CLOCK)) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new EarshotCommand()).setOut(new PrintWriter(out));
            int exit = cli.execute("enrich", "rebuild", "--server", server.uri("/").toString());
            assertThat(exit).isZero();
            assertThat(out.toString()).contains("\"events\":0").contains("\"tracks\"");
        }
    }

    @Test
    void saysClearlyWhenNoServerAnswers() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EarshotCommand()).setErr(new PrintWriter(err));
        int exit = cli.execute("enrich", "rebuild", "--server", "http://127.0.0.1:9");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach").contains("is the server running?");
    }
}
