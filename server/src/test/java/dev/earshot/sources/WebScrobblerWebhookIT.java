package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static dev.earshot.sources.ScrobblerServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web Scrobbler's webhook replayed as src/core/scrobbler/webhook-scrobbler.ts sends it: POST of
 * JSON.stringify({eventName, time: Date.now(), data: {song}}) with Content-Type application/json from the
 * extension's background page (so with its chrome-extension:// Origin), the song serialised as the extension
 * holds it (src/core/object/song.ts: parsed, processed, noRegex, flags, metadata, connector).
 */
class WebScrobblerWebhookIT {
    @TempDir
    Path dir;
    ScrobblerServer s;
    long start;

    @BeforeEach
    void begin() {
        s = ScrobblerServer.start(dir);
        start = ScrobblerServer.NOW - 400;
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private String song() {
        return "{\"parsed\":{\"track\":\"Midnight City\",\"artist\":\"M83\",\"albumArtist\":null,\"album\":\"Hurry Up, We're"
                + " Dreaming\",\"duration\":244,\"uniqueID\":\"1eNq0\",\"originUrl\":\"https://open.spotify.com/track/1eyzqe2Q\","
                + "\"isPodcast\":false,\"isPlaying\":true,\"currentTime\":12,\"trackArt\":null},\"processed\":{\"track\":"
                + "\"Midnight City\",\"artist\":\"M83\",\"albumArtist\":null,\"album\":\"Hurry Up, We're Dreaming\",\"duration\":null},"
                + "\"noRegex\":{\"track\":null,\"artist\":null,\"album\":null,\"albumArtist\":null,\"duration\":null},\"flags\":"
                + "{\"isScrobbled\":false,\"isCorrectedByUser\":false,\"isRegexEditedByUser\":{\"track\":false,\"artist\":false,"
                + "\"album\":false,\"albumArtist\":false},\"isAlbumFetched\":false,\"isValid\":true,\"isMarkedAsPlaying\":true,"
                + "\"isSkipped\":false,\"isReplaying\":false,\"hasBlockedTag\":false,\"isLovedInService\":null,"
                + "\"finishedProcessing\":true},\"metadata\":{\"label\":\"Spotify\",\"startTimestamp\":" + start + "},"
                + "\"connector\":{\"label\":\"Spotify\",\"matches\":[\"*://open.spotify.com/*\"],\"js\":\"spotify.js\","
                + "\"id\":\"spotify\",\"hasNativeScrobbler\":true}}";
    }

    private HttpResponse<String> send(String key, String eventName, long timeMs, String data) {
        return s.server.request("POST", "/v1/webhooks/web-scrobbler?key=" + key, "{\"eventName\":\"" + eventName
                        + "\",\"time\":" + timeMs + ",\"data\":" + data + "}", "Content-Type", "application/json",
                "Origin", "chrome-extension://hhinaapppaileiechjoiifaancjggfjm");
    }

    @Test
    void nowPlayingPauseResumeScrobbleAndLoveBecomeOnePlayWithItsPauseResumeCompleteAndLike() {
        long t = start * 1000;
        assertThat(send(s.key, "nowplaying", t + 500, "{\"song\":" + song() + "}").statusCode()).isEqualTo(200);
        assertThat(send(s.key, "paused", t + 60_000, "{\"song\":" + song() + "}").statusCode()).isEqualTo(200);
        assertThat(send(s.key, "resumedplaying", t + 70_000, "{\"song\":" + song() + "}").statusCode()).isEqualTo(200);
        HttpResponse<String> scrobble = send(s.key, "scrobble", t + 130_000, "{\"song\":" + song() + ",\"songs\":["
                + song() + "],\"currentlyPlaying\":true}");
        assertThat(scrobble.statusCode()).as(scrobble.body()).isEqualTo(200);
        assertThat(send(s.key, "loved", t + 250_000, "{\"song\":" + song() + ",\"isLoved\":true}").statusCode())
                .isEqualTo(200);

        assertThat(s.events(LISTENER)).extracting(e -> e.path("event_type").asText() + "/" + e.path("platform").asText())
                .containsExactly("play/spotify", "pause/spotify", "resume/spotify", "complete/spotify", "like/spotify");
        assertThat(s.events(LISTENER).get(0).path("track").path("title").asText()).isEqualTo("Midnight City");
        // The extension retries nothing, but a second scrobble of the same song start is the same listen.
        send(s.key, "scrobble", t + 131_000, "{\"song\":" + song() + ",\"songs\":[" + song() + "],\"currentlyPlaying\":false}");
        assertThat(s.types(LISTENER)).hasSize(5);
    }

    @Test
    void theKeyInTheUrlIsNeverLoggedNorMeasured() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            send(s.key, "nowplaying", start * 1000, "{\"song\":" + song() + "}");
            send(s.key, "nonsense", start * 1000, "{\"song\":" + song() + "}");
            send(s.key + "x", "nowplaying", start * 1000, "{\"song\":" + song() + "}");
            send(s.key, "scrobble", start * 1000, "{broken");
        } finally {
            System.setErr(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(s.key);
        assertThat(s.server.get("/metrics").body()).doesNotContain(s.key).contains("/v1/webhooks/web-scrobbler");
    }

    @Test
    void refusesAMissingWrongOrUnboundKeyAndAnUnknownEvent() {
        String unbound = s.newKey("ingest", null);
        assertThat(s.server.request("POST", "/v1/webhooks/web-scrobbler", "{}", "Content-Type", "application/json")
                .statusCode()).isEqualTo(401);
        assertThat(send("nope", "nowplaying", 0, "{\"song\":" + song() + "}").statusCode()).isEqualTo(401);
        HttpResponse<String> r = send(unbound, "nowplaying", 0, "{\"song\":" + song() + "}");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r.body()).path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(send(s.key, "rewound", 0, "{\"song\":" + song() + "}").statusCode()).isEqualTo(400);
        assertThat(s.types(LISTENER)).isEmpty();
    }
}
