package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.support.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals made before a protocol's routes run (no such route, a cross-origin page) answer in that protocol's
 * own format, which its clients parse, not in Earshot's JSON.
 */
class ProtocolErrorsIT {
    @TempDir
    static Path dir;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dir.resolve("earshot.duckdb"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listenBrainzPathsAnswerWithItsCodeAndError() {
        HttpResponse<String> r = server.get("/1/no-such-endpoint");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("{\"code\":404,\"error\":");
    }

    @Test
    void lastfmPathsAnswerWithAFailedLfmDocument() {
        HttpResponse<String> r = server.request("POST", "/2.0/", "method=track.scrobble",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("<lfm status=\"failed\"><error code=\"4\">");
        HttpResponse<String> json = server.request("POST", "/2.0/?format=json", "method=track.scrobble",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example");
        assertThat(json.body()).startsWith("{\"error\":4,\"message\":");
    }

    @Test
    void audioscrobblerPathsAnswerInPlainText() {
        HttpResponse<String> r = server.get("/apis/audioscrobbler_legacy/no-such-endpoint");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("FAILED ");
    }

    @Test
    void earshotsOwnRoutesKeepTheirJson() {
        assertThat(server.get("/v1/no-such-endpoint").body()).startsWith("{\"error\":{\"code\":");
    }
}
