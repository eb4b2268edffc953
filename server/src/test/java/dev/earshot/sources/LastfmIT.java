package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static dev.earshot.sources.ScrobblerServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Last.fm 2.0 API replayed as its clients send it: pylast 4.1 (Debian's python3-pylast,
 * pylast/__init__.py _Request._download_response: POST form body, params in insertion order, then api_key,
 * method, sk, api_sig; SessionKeyGenerator.get_session_key: authToken = md5(username + md5(password))) and
 * Pano Scrobbler (composeApp/.../api/lastfm/Lastfm.kt and LastFmUnauthedRequester.kt: format=json,
 * chosenByUser, indexed batch).
 */
class LastfmIT extends ScrobblerCase {
    private HttpResponse<String> form(String path, Map<String, String> params) {
        String body = params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return s.server.request("POST", path, body, "Content-type", "application/x-www-form-urlencoded",
                "Accept-Charset", "utf-8", "User-Agent", "pylast/4.1.0");
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String xml(String body, String element) {
        Matcher m = Pattern.compile("<" + element + "(?: [^>]*)?>([^<]*)</" + element + ">").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private String pylastSession() {
        String token = Md5.hex(LISTENER + Md5.hex(s.key));
        HttpResponse<String> r = form("/2.0/", params("username", LISTENER, "authToken", token, "api_key", "anything",
                "method", "auth.getMobileSession", "api_sig", "0123456789abcdef0123456789abcdef"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<lfm status=\"ok\">");
        assertThat(xml(r.body(), "name")).isEqualTo(LISTENER);
        return xml(r.body(), "key");
    }

    @Test
    void pylastGetsAMobileSessionFromTheKeysMd5ThenNowPlayingAndAScrobbleMakeOneListen() {
        String sk = pylastSession();
        HttpResponse<String> np = form("/2.0/", params("track", "Teardrop", "artist", "Massive Attack", "album",
                "Mezzanine", "duration", "330", "api_key", "anything", "method", "track.updateNowPlaying", "sk", sk,
                "api_sig", "x"));
        assertThat(np.body()).contains("<lfm status=\"ok\"><nowplaying><track corrected=\"0\">Teardrop</track>");
        assertThat(s.types(LISTENER)).containsExactly("play");

        HttpResponse<String> scrobble = form("/2.0/", params("artist[0]", "Massive Attack", "track[0]", "Teardrop",
                "timestamp[0]", Long.toString(now - 2), "album[0]", "Mezzanine", "duration[0]", "330", "api_key", "anything",
                "method", "track.scrobble", "sk", sk, "api_sig", "x"));
        assertThat(scrobble.body()).contains("<scrobbles accepted=\"1\" ignored=\"0\">");
        assertThat(s.types(LISTENER)).containsExactly("play", "complete");
        // The session key lasts (pylast users keep it in a file): the same one works for the next call.
        assertThat(pylastSession()).isEqualTo(sk);
    }

    @Test
    void panoScrobblerSignsInWithThePasswordAndScrobblesABatchInJson() {
        HttpResponse<String> signIn = form("/apis/audioscrobbler/2.0/", params("method", "auth.getMobileSession",
                "api_key", "librefm-key", "username", LISTENER, "password", s.key, "api_sig", "x", "format", "json"));
        JsonNode session = json(signIn.body()).path("session");
        assertThat(session.path("name").asText()).isEqualTo(LISTENER);
        String sk = session.path("key").asText();

        Map<String, String> batch = params("method", "track.scrobble", "sk", sk, "api_key", "librefm-key", "format", "json");
        for (int i = 0; i < 2; i++) {
            batch.put("artist[" + i + "]", "Radiohead");
            batch.put("track[" + i + "]", i == 0 ? "Reckoner" : "Nude");
            batch.put("duration[" + i + "]", "290");
            batch.put("album[" + i + "]", "In Rainbows");
            batch.put("timestamp[" + i + "]", Long.toString(now - 1000 + i * 300));
            batch.put("chosenByUser[" + i + "]", "1");
        }
        batch.put("api_sig", "x");
        JsonNode scrobbles = json(form("/apis/audioscrobbler/2.0/", batch).body()).path("scrobbles");
        assertThat(scrobbles.path("@attr").path("accepted").asInt()).isEqualTo(2);
        assertThat(scrobbles.path("scrobble")).hasSize(2);
        assertThat(scrobbles.path("scrobble").get(0).path("ignoredMessage").path("code").asText()).isEqualTo("0");

        HttpResponse<String> love = form("/apis/audioscrobbler/2.0/", params("method", "track.love", "artist",
                "Radiohead", "track", "Nude", "sk", sk, "api_key", "librefm-key", "format", "json", "api_sig", "x"));
        assertThat(love.statusCode()).as(love.body()).isEqualTo(200);
        assertThat(s.types(LISTENER)).containsExactlyInAnyOrder("play", "complete", "play", "complete", "like");
    }

    @Test
    void getTokenThenGetSessionWithTheKeyAsApiKey() {
        String token = xml(form("/2.0/", params("api_key", s.key, "method", "auth.getToken", "api_sig", "x")).body(), "token");
        HttpResponse<String> session = form("/2.0/", params("token", token, "api_key", s.key, "method",
                "auth.getSession", "api_sig", "x"));
        assertThat(xml(session.body(), "name")).isEqualTo(LISTENER);
        assertThat(xml(session.body(), "key")).isEqualTo(pylastSession());
        HttpResponse<String> again = form("/2.0/", params("token", token, "api_key", s.key, "method", "auth.getSession"));
        assertThat(again.body()).contains("<lfm status=\"failed\"><error code=\"15\">");
    }

    @Test
    void refusesInLastfmsOwnErrorFormat() {
        String sk = pylastSession();
        HttpResponse<String> badSession = form("/2.0/", params("artist", "A", "track", "T", "timestamp",
                Long.toString(now), "method", "track.scrobble", "sk", "key_nope.0000"));
        assertThat(badSession.statusCode()).isEqualTo(403);
        assertThat(badSession.body()).contains("<lfm status=\"failed\"><error code=\"9\">");
        HttpResponse<String> wrongPassword = form("/2.0/", params("method", "auth.getMobileSession", "username",
                LISTENER, "password", "esk_wrong", "format", "json"));
        assertThat(json(wrongPassword.body()).path("error").asInt()).isEqualTo(4);
        assertThat(form("/2.0/", params("method", "user.getInfo")).body()).contains("<error code=\"3\">");

        Map<String, String> tooMany = params("method", "track.scrobble", "sk", sk);
        for (int i = 0; i < 51; i++) {
            tooMany.put("artist[" + i + "]", "A");
            tooMany.put("track[" + i + "]", "T" + i);
            tooMany.put("timestamp[" + i + "]", Long.toString(now - 10_000 + i));
        }
        assertThat(form("/2.0/", tooMany).body()).contains("<error code=\"6\">");
        HttpResponse<String> future = form("/2.0/", params("artist", "A", "track", "Later", "timestamp",
                Long.toString(now + 7200), "method", "track.scrobble", "sk", sk));
        assertThat(future.body()).contains("accepted=\"0\" ignored=\"1\"").contains("<ignoredMessage code=\"4\">");
        assertThat(s.types(LISTENER)).isEmpty();
    }
}
