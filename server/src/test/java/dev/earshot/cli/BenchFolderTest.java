package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchFolderTest {
    @Test
    void eachBenchmarkWritesToTheTempFolderUnlessToldAndCreatesTheOneItIsTold(@TempDir Path tmp) throws Exception {
        BenchCrashCommand crash = new BenchCrashCommand();
        new CommandLine(crash).parseArgs();
        assertThat(crash.folder.path()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));

        for (Object bench : new Object[] {new BenchIngestCommand(), new BenchOverloadCommand(), new BenchCrashCommand()}) {
            Path told = tmp.resolve(bench.getClass().getSimpleName()).resolve("sub");
            CommandLine cli = new CommandLine(bench);
            cli.parseArgs("--dir", told.toString());
            assertThat(((BenchFolder) cli.getMixins().get("folder")).path()).isEqualTo(told);
            assertThat(Files.isDirectory(told)).isTrue();
        }
    }
}
