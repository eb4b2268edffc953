package dev.earshot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot enrich rebuild}: asks the running server to rebuild its co-listening model now. It goes
 * through the server because only one process may write the DuckDB file, and the model lives in the server.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Rebuild the co-listening model (similar tracks, neighbour genres) of a running server now.")
public final class EnrichRebuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "${env:EARSHOT_URL:-http://localhost:8000}",
            description = "The running Earshot (env EARSHOT_URL).")
    URI server;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/v1/models/rebuild"))
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            (response.statusCode() == 200 ? out : err).println(response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            err.println("enrich rebuild: cannot reach " + server + " (" + e.getMessage() + "); is the server running?");
            return 1;
        }
    }
}
