package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.bench.ListeningHistoryFiles;
import dev.earshot.support.ServerProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports outlive the server: the packaged server in a process of its own is stopped (SIGTERM) or killed
 * (SIGKILL) and started again on the same file, and {@code GET /v1/imports/{id}} still answers.
 */
class ImportRestartIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long DEADLINE_MS = 300_000;

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFinishedImportAnswersItsSummaryAfterARestart() throws Exception {
        Path db = dir.resolve("earshot.duckdb");
        Path spotify = new ListeningHistoryFiles(3_000, 500, 7).write(dir).spotify();
        String id;
        JsonNode done;
        try (ServerProcess server = ServerProcess.start(db, dir.resolve("first.log"))) {
            id = upload(server, spotify);
            done = waitFor(server, id, s -> s.get("state").asText().equals("done"));
            server.stop();
        }
        try (ServerProcess server = ServerProcess.start(db, dir.resolve("second.log"))) {
            JsonNode again = status(server, id);

            assertThat(again.get("state").asText()).isEqualTo("done");
            assertThat(again.get("summary")).isEqualTo(done.get("summary"));
            assertThat(again.get("summary").get("imported").asLong()).isPositive();
            assertThat(again.get("finished_at").asText()).isEqualTo(done.get("finished_at").asText());
        }
    }

    @Test
    void anImportCutOffByACrashReadsInterruptedAndRunningItAgainAddsEachListenOnce() throws Exception {
        Path db = dir.resolve("earshot.duckdb");
        Path spotify = new ListeningHistoryFiles(150_000, 5_000, 11).write(dir).spotify();
        String id;
        try (ServerProcess server = ServerProcess.start(db, dir.resolve("first.log"))) {
            id = upload(server, spotify);
            // Killed once some batches are committed and before the end: nothing of the shutdown runs.
            JsonNode seen = waitFor(server, id, s -> !s.get("state").asText().equals("queued")
                    && (s.get("summary").get("imported").asLong() > 0 || !s.get("state").asText().equals("running")));
            assertThat(seen.get("state").asText()).as("the import ended before the kill; make the file larger")
                    .isEqualTo("running");
            server.kill();
        }
        try (ServerProcess server = ServerProcess.start(db, dir.resolve("second.log"))) {
            JsonNode cut = status(server, id);
            assertThat(cut.get("state").asText()).isEqualTo("interrupted");
            assertThat(cut.get("error").asText()).contains("import the same files again");
            // As far as it was recorded: progress is saved after each committed batch, and the kill may beat the save.
            long storedBefore = cut.get("summary").get("imported").asLong();

            JsonNode rerun = waitFor(server, upload(server, spotify), s -> s.get("state").asText().equals("done"));
            JsonNode s = rerun.get("summary");
            long listens = s.get("read").asLong() - leftOut(s);
            assertThat(s.get("imported").asLong() + s.get("duplicates").asLong()).isEqualTo(listens);
            assertThat(s.get("duplicates").asLong()).as("listens stored before the kill").isPositive()
                    .isGreaterThanOrEqualTo(storedBefore);

            JsonNode third = waitFor(server, upload(server, spotify), st -> st.get("state").asText().equals("done"));
            assertThat(third.get("summary").get("imported").asLong()).isZero();
            assertThat(third.get("summary").get("duplicates").asLong()).isEqualTo(listens);
        }
    }

    private static long leftOut(JsonNode summary) {
        long n = 0;
        for (JsonNode v : summary.get("left_out")) {
            n += v.asLong();
        }
        return n;
    }

    private String upload(ServerProcess server, Path file) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/v1/imports?format=spotify&name="
                + file.getFileName())).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return JSON.readTree(r.body()).get("id").asText();
    }

    private JsonNode status(ServerProcess server, String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/v1/imports/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Polls until {@code until} holds or the import has ended otherwise; fails after a generous deadline. */
    private JsonNode waitFor(ServerProcess server, String id, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_MS * 1_000_000;
        while (System.nanoTime() - deadline < 0) {
            JsonNode s = status(server, id);
            String state = s.get("state").asText();
            if (until.test(s) || state.equals("failed") || state.equals("done")) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("import " + id + " did not get there in time:\n" + server.log());
    }
}
