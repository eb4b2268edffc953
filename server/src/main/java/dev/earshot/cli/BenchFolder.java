package dev.earshot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir}: where a benchmark writes its databases; the system temp folder unless told. */
public final class BenchFolder {
    @Option(names = "--dir", description = "Folder for the benchmark's databases (default: the system temp folder).")
    Path dir;

    Path path() throws IOException {
        return dir != null ? Files.createDirectories(dir) : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
