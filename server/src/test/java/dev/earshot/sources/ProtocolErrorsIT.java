package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Refusals made before a protocol's routes run (no such route, a cross-origin page) answer in that protocol's
 * own format, which its clients parse, not in Earshot's JSON.
 */
class ProtocolErrorsIT {
    @RegisterExtension
    static final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

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
