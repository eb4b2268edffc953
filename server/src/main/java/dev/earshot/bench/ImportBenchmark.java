package dev.earshot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports generated exports into a running server, the way a person does: each file uploaded to
 * {@code POST /v1/imports} and followed on {@code GET /v1/imports/{id}} until done. Three runs on one new file:
 * the Spotify history, the Last.fm scrobbles of the same plays (merged across sources), and the Spotify history
 * again (adds nothing). Each run's wall time counts from the upload's first byte to the import's end.
 */
public final class ImportBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(50);

    /** One run: what the summary said, how long it took, and where the CPU went meanwhile. */
    public record Run(String name, long read, long imported, long duplicates, long merged, long rejected,
                      long leftOut, double seconds, CpuUse.Figures cpu, String error) {
        public double perSecond() {
            return read / seconds;
        }

        public double perCpuSecond() {
            return read / (cpu.processCores() * seconds);
        }
    }

    private final Path workDir;

    public ImportBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public List<Run> run(ListeningHistoryFiles.Written files) throws Exception {
        Path db = workDir.resolve("bench-import.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        EarshotConfig config = EarshotConfig.defaults(db).withPort(0);
        List<Run> runs = new ArrayList<>();
        try (Earshot earshot = Earshot.start(config)) {
            URI base = URI.create("http://127.0.0.1:" + earshot.port());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            runs.add(importOnce(http, base, "spotify", files.spotify(), "spotify"));
            runs.add(importOnce(http, base, "lastfm-csv", files.lastfm(), "lastfm (same plays)"));
            runs.add(importOnce(http, base, "spotify", files.spotify(), "spotify again"));
        }
        return runs;
    }

    private static Run importOnce(HttpClient http, URI base, String format, Path file, String name) throws Exception {
        CpuUse cpu = CpuUse.start();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(base.resolve("/v1/imports?format=" + format
                        + "&name=" + file.getFileName()))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /v1/imports answered " + started.statusCode() + ": " + started.body());
        }
        String id = JSON.readTree(started.body()).path("id").asText();
        JsonNode status;
        do {
            Thread.sleep(POLL.toMillis());
            status = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/v1/imports/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while (status.path("state").asText().equals("running") || status.path("state").asText().equals("queued"));
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuUse.Figures used = cpu.stop();
        JsonNode s = status.path("summary");
        long leftOut = 0;
        for (JsonNode n : s.path("left_out")) {
            leftOut += n.asLong();
        }
        return new Run(name, s.path("read").asLong(), s.path("imported").asLong(), s.path("duplicates").asLong(),
                s.path("merged").asLong(), s.path("rejected_total").asLong(), leftOut, seconds, used,
                status.path("error").isNull() ? null : status.path("error").asText(null));
    }
}
