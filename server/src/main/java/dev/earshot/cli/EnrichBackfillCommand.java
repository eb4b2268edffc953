package dev.earshot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot enrich backfill}: asks the running server to enrich stored events again with its current
 * models, then follows its progress. Through the server, because only one process may write the DuckDB
 * file and the models live there.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Enrich stored events again with the current models (those enriched by another model"
                + " version, or --all), on a running server.")
public final class EnrichBackfillCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "${env:EARSHOT_URL:-http://localhost:8000}",
            description = "The running Earshot (env EARSHOT_URL).")
    URI server;

    @Option(names = "--all", description = "Every event in the range, not only those of another model version.")
    boolean all;

    @Option(names = "--from", description = "Only events at or after this instant (ISO-8601).")
    Instant from;

    @Option(names = "--to", description = "Only events before this instant (ISO-8601).")
    Instant to;

    @Option(names = "--wait", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Follow the backfill until it ends.")
    boolean await;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(server.resolve("/v1/models/backfill"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body())).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                err.println(started.body());
                return 1;
            }
            return await ? follow(out, err) : 0;
        } catch (IOException e) {
            err.println("enrich backfill: cannot reach " + server + " (" + e.getMessage() + "); is the server running?");
            return 1;
        }
    }

    private String body() {
        ObjectNode body = JSON.createObjectNode().put("all", all);
        if (from != null) {
            body.put("from", from.toString());
        }
        if (to != null) {
            body.put("to", to.toString());
        }
        return body.toString();
    }

    private int follow(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        while (true) {
            JsonNode status = JSON.readTree(http.send(HttpRequest.newBuilder(server.resolve("/v1/models/backfill"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            String state = status.path("state").asText();
            out.printf("%s: %,d events enriched again%n", state, status.path("enriched").asLong());
            out.flush();
            if (!"running".equals(state)) {
                if ("failed".equals(state)) {
                    err.println(status.path("error").asText());
                }
                return "done".equals(state) ? 0 : 1;
            }
            Thread.sleep(1_000);
        }
    }
}
