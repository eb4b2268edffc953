package dev.earshot.sources;

import static dev.earshot.sources.ScrobblerServer.LISTENER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AudioScrobbler 1.2 replayed as mpdscribble sends it (MusicPlayerDaemon/mpdscribble src/Scrobbler.cxx:
 * Handshake() appends hs, p=1.2, c=mdc, v, u, t, a = md5(md5(password) + t) to the configured URL;
 * SendNowPlaying() posts s, a, t, b, l, n, m; Submit() posts s and a[i], t[i], l[i], i[i], o[i], r[i] (L when
 * loved), b[i], n[i], m[i]; the first lines of each answer are read as OK / BADAUTH / BADTIME / BADSESSION).
 */
class AudioscrobblerIT extends ScrobblerCase {
    private HttpResponse<String> handshake(String url, String user, long t, String password) {
        String a = Md5.hex(Md5.hex(password) + t);
        return s.server.get(url + "?hs=true&p=1.2&c=mdc&v=0.25&u=" + user + "&t=" + t + "&a=" + a);
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String url, String form) {
        return s.server.request("POST", URI.create(url).getPath(), form, "Content-Type", "application/x-www-form-urlencoded");
    }

    private static String entry(int i, String artist, String title, long start, String rating) {
        return "&a[" + i + "]=" + enc(artist) + "&t[" + i + "]=" + enc(title) + "&l[" + i + "]=200&i[" + i + "]=" + start
                + "&o[" + i + "]=P&r[" + i + "]=" + rating + "&b[" + i + "]=" + enc("An Album") + "&n[" + i + "]=3&m[" + i + "]=";
    }

    @Test
    void mpdscribbleShakesHandsSendsNowPlayingAndSubmitsWithALoveAndASkip() {
        HttpResponse<String> hs = handshake("/apis/audioscrobbler_legacy/", LISTENER, now, s.key);
        List<String> lines = hs.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("OK");
        assertThat(lines.get(2)).endsWith("/apis/audioscrobbler_legacy/nowplaying");
        assertThat(lines.get(3)).endsWith("/apis/audioscrobbler_legacy/submission");
        String session = lines.get(1);

        assertThat(post(lines.get(2), "s=" + session + "&a=" + enc("Boards of Canada") + "&t=" + enc("Roygbiv")
                + "&b=" + enc("Music Has the Right to Children") + "&l=150&n=5&m=").body()).isEqualTo("OK\n");
        assertThat(s.types(LISTENER)).containsExactly("play");

        String form = "s=" + session + entry(0, "Boards of Canada", "Roygbiv", now - 10, "")
                + entry(1, "Aphex Twin", "Xtal", now - 1000, "L") + entry(2, "Autechre", "Bike", now - 1500, "S");
        assertThat(post(lines.get(3), form).body()).isEqualTo("OK\n");
        assertThat(s.types(LISTENER)).containsExactlyInAnyOrder("play", "complete", "play", "complete", "like", "play",
                "skip");
        // mpdscribble resubmits its journal when an answer was lost: nothing is stored twice.
        post(lines.get(3), form);
        assertThat(s.types(LISTENER)).hasSize(7);
    }

    @Test
    void theHandshakeIsAnsweredAtTheRootTooWhileTheRootStillServesTheDashboard() {
        assertThat(handshake("/", LISTENER, now, s.key).body()).startsWith("OK\n");
        HttpResponse<String> dashboard = s.server.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<html");
    }

    @Test
    void badAuthBadTimeAndBadSession() {
        assertThat(handshake("/apis/audioscrobbler_legacy/", LISTENER, now, "esk_wrong").body()).isEqualTo("BADAUTH\n");
        assertThat(handshake("/apis/audioscrobbler_legacy/", "bob", now, s.key).body()).isEqualTo("BADAUTH\n");
        assertThat(handshake("/apis/audioscrobbler_legacy/", LISTENER, now - 7200, s.key).body()).isEqualTo("BADTIME\n");
        assertThat(handshake("/apis/audioscrobbler_legacy/", LISTENER, Long.MAX_VALUE, s.key).body()).isEqualTo("BADTIME\n");
        assertThat(handshake("/apis/audioscrobbler_legacy/", LISTENER, Long.MIN_VALUE, s.key).body()).isEqualTo("BADTIME\n");
        assertThat(post("/apis/audioscrobbler_legacy/submission", "s=key_x.00" + entry(0, "A", "T", now, "")).body())
                .isEqualTo("BADSESSION\n");
        String session = handshake("/apis/audioscrobbler_legacy/", LISTENER, now, s.key).body().lines().toList().get(1);
        StringBuilder many = new StringBuilder("s=" + session);
        for (int i = 0; i < 51; i++) {
            many.append(entry(i, "A", "T" + i, now - 10_000 + i * 10, ""));
        }
        assertThat(post("/apis/audioscrobbler_legacy/submission", many.toString()).body()).startsWith("FAILED");
        assertThat(s.types(LISTENER)).isEmpty();
    }
}
