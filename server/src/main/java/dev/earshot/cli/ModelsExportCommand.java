package dev.earshot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot models export --to FILE}: saves the running server's catalog and co-listening model (with the
 * enrichers' model version) for the stream job, which loads it at start and so enriches as this server does. It
 * asks the server, which holds the models, rather than opening the database file another process writes.
 */
@Command(name = "export", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Save a running server's catalog and co-listening model for the stream job.")
public final class ModelsExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "${env:EARSHOT_URL:-http://localhost:8000}",
            description = "The running Earshot (env EARSHOT_URL).")
    URI server;

    @Option(names = "--to", required = true, description = "The snapshot file to write (JSON).")
    Path to;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/models/snapshot"))
                .timeout(Duration.ofMinutes(5)).GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                err.println(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                return 1;
            }
            // Written beside the target and moved over it, so that a job starting meanwhile never reads half a file.
            Path dir = to.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".snapshot", ".tmp");
            Files.write(tmp, response.body());
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("models export: wrote " + response.body().length + " bytes to " + to.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("models export: cannot reach " + server + " or write " + to + " (" + e.getMessage()
                    + "); is the server running?");
            return 1;
        }
    }
}
