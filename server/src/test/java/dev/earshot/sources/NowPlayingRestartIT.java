package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A now-playing notice, then a restart of the server on the same file, then the listen: the listen completes the
 * play its notice started (one play, not two), and a client resubmitting it after a second restart (Jellyfin's
 * offline cache) adds nothing. Requests shaped as Navidrome sends them (see ListenBrainzIT).
 */
class NowPlayingRestartIT {
    @TempDir
    Path dir;
    private ScrobblerServer s;

    @BeforeEach
    void start() {
        s = ScrobblerServer.start(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private HttpResponse<String> navidrome(String body) {
        return s.server.request("POST", "/apis/listenbrainz/1/submit-listens", body, "Content-Type",
                "application/json; charset=UTF-8", "Authorization", "Token " + s.key);
    }

    private static String listen(String type, Long listenedAt) {
        return "{\"listen_type\":\"" + type + "\",\"payload\":[{" + (listenedAt == null ? "" : "\"listened_at\":"
                + listenedAt + ",") + "\"track_metadata\":{\"artist_name\":\"Track Artist\",\"track_name\":\"Track Title\","
                + "\"release_name\":\"Track Album\",\"additional_info\":{\"submission_client\":\"Navidrome\","
                + "\"submission_client_version\":\"0.53.0\",\"duration_ms\":142200}}}]}";
    }

    @Test
    void aListenAfterARestartCompletesThePlayItsNoticeStarted() {
        long now = ScrobblerServer.NOW;
        assertThat(navidrome(listen("playing_now", null)).body()).contains("\"ok\"");
        assertThat(s.types(LISTENER)).containsExactly("play");

        s = s.restarted(dir);
        HttpResponse<String> scrobble = navidrome(listen("single", now));
        assertThat(scrobble.body()).as(scrobble.body()).contains("\"ok\"");
        assertThat(s.types(LISTENER)).containsExactly("play", "complete");

        s = s.restarted(dir);
        navidrome(listen("single", now));
        assertThat(s.types(LISTENER)).containsExactly("play", "complete");
    }
}
