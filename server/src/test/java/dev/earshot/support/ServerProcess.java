package dev.earshot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server ({@code target/earshot.jar}) in a process of its own, as a person runs it, so that a test
 * can kill it for real (SIGKILL: nothing of its shutdown runs) or stop it (SIGTERM) and start it again on the
 * same file. Its output goes to a log file the test can read.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("running on https?://localhost:(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code serve --port 0 --db db} with the options and waits until it listens. */
    public static ServerProcess start(Path db, Path log, String... options) {
        Process p = launch(db, log, options);
        return new ServerProcess(p, log, awaitPort(p, log));
    }

    /** Starts the server and waits for it to exit, as a start that must be refused; answers its exit code. */
    public static int startExpectingExit(Path db, Path log, String... options) {
        Process p = launch(db, log, options);
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("the server started although it should have refused:\n" + read(log));
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(Path db, Path log, String... options) {
        Path jar = Path.of("target", "earshot.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package the server first: " + jar.toAbsolutePath() + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "serve", "--port", "0", "--db", db.toString(),
                "--db-memory-limit", "256MB"));
        command.addAll(List.of(options));
        try {
            Files.deleteIfExists(log);
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitPort(Process p, Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (System.nanoTime() < deadline && p.isAlive()) {
                Matcher m = RUNNING.matcher(read(log));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start:\n" + read(log));
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String log() {
        return read(log);
    }

    /** SIGKILL: the server gets no chance to finish anything. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then waits for the exit; answers the exit code. */
    public int stop() {
        process.toHandle().destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the server did not stop within 60 s:\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(Path log) {
        try {
            // Leniently: a crashing native library may print anything.
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
