package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.support.HeadlessChrome;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Connect a scrobbler page in a real browser: a signed-in admin creates a key for a listener, gets the
 * exact settings to paste with that key in them, and once a scrobbler (here Navidrome's request) delivers a
 * listen, the keys table says which listen and when.
 */
class ConnectPageIT {
    @TempDir
    Path dir;
    @RegisterExtension
    final HeadlessChrome browser = HeadlessChrome.inTempProfile();

    @Test
    void createsAListenerKeyShowsTheSettingsAndTheLastListenItDelivered() {
        try (ScrobblerServer s = ScrobblerServer.start(dir)) {
            String origin = "http://127.0.0.1:" + s.server.earshot().port();
            browser.open(origin + "/#/overview");
            browser.script("sessionStorage.setItem('earshot.key', arguments[0])", s.admin);
            browser.open(origin + "/#/connect");
            // Signed in now: load the page again so that it starts with the key, as after the sign-in form.
            browser.reload();
            assertThat(browser.find("nav-connect").getText()).isEqualTo("Connect a scrobbler");

            browser.find("connect-user").sendKeys("dana");
            browser.find("connect-name").sendKeys("Navidrome");
            browser.click("connect-create");
            String secret = browser.find("connect-secret").getText();
            assertThat(secret).startsWith("esk_");
            assertThat(browser.texts("setting-navidrome")).contains(origin + "/apis/listenbrainz/1/", secret);
            assertThat(browser.texts("setting-web-scrobbler-webhook"))
                    .contains(origin + "/v1/webhooks/web-scrobbler?key=" + secret);
            assertThat(String.join("\n", browser.texts("setting-mpdscribble")))
                    .contains("url = " + origin + "/apis/audioscrobbler_legacy/").contains("username = dana")
                    .contains("password = " + secret);

            HttpResponse<String> listen = s.server.request("POST", "/apis/listenbrainz/1/submit-listens",
                    "{\"listen_type\":\"single\",\"payload\":[{\"listened_at\":" + (ScrobblerServer.NOW - 60)
                            + ",\"track_metadata\":{\"artist_name\":\"Nina Simone\",\"track_name\":\"Sinnerman\"}}]}",
                    "Content-Type", "application/json", "Authorization", "Token " + secret);
            assertThat(listen.statusCode()).as(listen.body()).isEqualTo(200);
            browser.reload();
            browser.awaitState("chart-scrobbler-keys", "ready");
            assertThat(String.join("\n", browser.texts("key-row"))).contains("dana").contains("Nina Simone – Sinnerman");
        }
    }
}
