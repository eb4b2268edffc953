package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page in a browser cannot drive the server: text/plain writes, foreign Host names and foreign origins are refused. */
class BrowserSafetyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLOWED = "https://dash.example.org";

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir(BrowserSafetyIT::config);

    private static EarshotConfig config(Path dir) {
        SecuritySettings d = SecuritySettings.defaults();
        return EarshotConfig.defaults(dir.resolve("b.duckdb")).withPort(0).withEnrich(false)
                .withSecurity(new SecuritySettings(d.auth(), false, d.ratePerMinute(), List.of(), List.of(ALLOWED),
                        null, null, d.compactWithin(), null));
    }

    @Test
    void aTextPlainWriteIsRefusedWith415OnEveryRoute() throws Exception {
        for (String path : List.of("/v1/simulations", "/v1/events", "/v1/keys", "/v1/models/rebuild")) {
            HttpResponse<String> r = server.request("POST", path, "{\"users\":5,\"rate\":1}", "Content-Type", "text/plain");
            assertThat(r.statusCode()).as(path).isEqualTo(415);
            assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("unsupported_media_type");
        }
        assertThat(server.request("DELETE", "/v1/users/u1", "x=1", "Content-Type",
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
        assertThat(BrowserSafety.OWN_FORMAT_PATHS).contains("/2.0", "/apis/listenbrainz/", "/apis/audioscrobbler/",
                "/apis/audioscrobbler_legacy", "/1/", "/v1/webhooks/");
    }

    @Test
    void aForeignHostIsRefusedAndLocalNamesAreAnswered() throws Exception {
        String foreign = raw("GET /v1/events HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n");
        assertThat(foreign).startsWith("HTTP/1.1 421");
        assertThat(foreign).contains("\"unknown_host\"");
        assertThat(raw("GET /v1/events HTTP/1.1\r\nHost: localhost:" + server.earshot().port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(server.get("/v1/events").statusCode()).isEqualTo(200);
    }

    @Test
    void aCrossOriginRequestIsRefusedUnlessItsOriginIsListed() throws Exception {
        HttpResponse<String> foreign = server.request("OPTIONS", "/v1/simulations", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.request("GET", "/v1/events", null, "Origin", "https://evil.example").statusCode()).isEqualTo(403);

        HttpResponse<String> preflight = server.request("OPTIONS", "/v1/simulations", null, "Origin", ALLOWED,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization");
        HttpResponse<String> get = server.request("GET", "/v1/events", null, "Origin", ALLOWED);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        // the dashboard's own page sends its own origin: same-origin, always allowed
        String self = "http://127.0.0.1:" + server.earshot().port();
        assertThat(server.request("GET", "/v1/events", null, "Origin", self).statusCode()).isEqualTo(200);
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.earshot().port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
