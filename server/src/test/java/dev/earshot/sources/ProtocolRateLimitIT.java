package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static dev.earshot.sources.ScrobblerServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scrobbler protocols count against the key's one rate limit, the same bucket as the HTTP API, and say so in
 * their own format. One request a minute, so that the bucket cannot refill while the test runs (a token takes a
 * minute; the requests after the first need a few seconds even on a loaded machine). Requests shaped as Navidrome,
 * pylast, mpdscribble and Web Scrobbler send them (see their ITs).
 */
class ProtocolRateLimitIT {
    @TempDir
    Path dir;
    private ScrobblerServer s;

    @BeforeEach
    void start() {
        s = ScrobblerServer.start(dir, 1);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private HttpResponse<String> navidrome(long listenedAt) {
        return s.server.request("POST", "/apis/listenbrainz/1/submit-listens", "{\"listen_type\":\"single\",\"payload\":"
                + "[{\"listened_at\":" + listenedAt + ",\"track_metadata\":{\"artist_name\":\"Track Artist\","
                + "\"track_name\":\"Track Title\",\"additional_info\":{\"submission_client\":\"Navidrome\"}}}]}",
                "Content-Type", "application/json; charset=UTF-8", "Authorization", "Token " + s.key);
    }

    @Test
    void everyProtocolSpendsTheKeysOneLimitAndRefusesInItsOwnFormat() {
        long now = ScrobblerServer.NOW;
        HttpResponse<String> accepted = navidrome(now - 300);
        assertThat(json(accepted.body()).path("status").asText()).isEqualTo("ok");
        // ListenBrainz reports the bucket on every answer, so clients can pace themselves before a 429.
        assertThat(accepted.headers().firstValue("X-RateLimit-Limit")).hasValue("1");
        assertThat(accepted.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(accepted.headers().firstValue("X-RateLimit-Reset-In").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(accepted.headers().firstValue("X-RateLimit-Reset")).isPresent();

        HttpResponse<String> lb = navidrome(now - 200);
        assertThat(lb.statusCode()).isEqualTo(429);
        JsonNode lbBody = json(lb.body());
        assertThat(lbBody.path("code").asInt()).isEqualTo(429);
        assertThat(lbBody.path("error").asText()).contains("Rate limit exceeded");
        assertThat(lb.headers().firstValue("X-RateLimit-Limit")).hasValue("1");
        assertThat(lb.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(lb.headers().firstValue("X-RateLimit-Reset-In")).isPresent();
        assertThat(lb.headers().firstValue("X-RateLimit-Reset")).isPresent();
        assertThat(lb.headers().firstValue("Retry-After")).isPresent();

        // pylast's LibreFMNetwork.get_session_key: auth.getMobileSession with the key as password.
        HttpResponse<String> lastfm = s.server.request("POST", "/2.0/", "method=auth.getMobileSession&username="
                + LISTENER + "&password=" + s.key + "&api_key=x&api_sig=x", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(lastfm.body()).contains("<lfm status=\"failed\">").contains("<error code=\"29\">")
                .contains("Rate limit exceeded");

        // mpdscribble's handshake: a = md5(md5(password) + t).
        String a = Md5.hex(Md5.hex(s.key) + now);
        HttpResponse<String> legacy = s.server.get("/apis/audioscrobbler_legacy/?hs=true&p=1.2&c=mdc&v=0.25&u="
                + LISTENER + "&t=" + now + "&a=" + a);
        assertThat(legacy.body()).startsWith("FAILED Rate limit exceeded");

        HttpResponse<String> webhook = s.server.request("POST", "/v1/webhooks/web-scrobbler?key=" + s.key,
                "{\"eventName\":\"nowplaying\",\"time\":" + now * 1000 + ",\"data\":{\"song\":{\"parsed\":{\"track\":\"T\","
                        + "\"artist\":\"A\"}}}}", "Content-Type", "application/json");
        assertThat(webhook.statusCode()).isEqualTo(429);
        assertThat(json(webhook.body()).path("error").path("code").asText()).isEqualTo("rate_limited");

        // The same bucket the HTTP API spends.
        HttpResponse<String> api = s.server.request("POST", "/v1/events", "[]", "Content-Type", "application/json",
                "Authorization", "Bearer " + s.key);
        assertThat(api.statusCode()).isEqualTo(429);
    }
}
