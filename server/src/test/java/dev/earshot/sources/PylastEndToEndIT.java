package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import dev.earshot.support.TrustedCertificate;
import dev.earshot.testkit.Events;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Last.fm client end to end: Debian's python3-pylast (installed by .ci/run) runs a listener's script
 * (src/test/resources/scrobblers/pylast_client.py) against the server on loopback. pylast speaks only HTTPS, so
 * the server serves TLS with a certificate made here by openssl, which the script trusts via SSL_CERT_FILE.
 * Skipped only where the package is absent and not in CI (.ci/run sets CI and installs it).
 */
class PylastEndToEndIT {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path dir;

    @Test
    void pylastSignsInScrobblesAndLovesAndTheListensArrive() throws Exception {
        boolean present = Files.isExecutable(PYTHON) && Files.isExecutable(OPENSSL)
                && run(List.of(PYTHON.toString(), "-c", "import pylast"), null).exit == 0;
        if (System.getenv("CI") != null) {
            assertThat(present).as("CI must have python3-pylast and openssl (.ci/run installs them)").isTrue();
        }
        assumeTrue(present, "needs Debian's python3-pylast and openssl: apt-get install python3-pylast");

        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Result made = run(List.of(OPENSSL.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost"), null);
        assertThat(made.exit).as(made.output).isZero();
        SecuritySettings d = SecuritySettings.defaults();
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("pylast.duckdb")).withPort(0)
                .withEnrich(false).withSecurity(new SecuritySettings(d.auth(), false, d.ratePerMinute(), List.of(),
                        List.of(), cert, key, d.compactWithin(), null)), Events.CLOCK)) {
            Https https = new Https(server.earshot().port(), cert);
            String admin = https.secret(https.post("/v1/keys", "{\"scopes\":[\"admin\"]}", null));
            String listenerKey = https.secret(https.post("/v1/keys", "{\"scopes\":[\"ingest\"],\"user_id\":\"carol\","
                    + "\"name\":\"pylast\"}", admin));

            long start = ScrobblerServer.NOW - 400;
            Path script = dir.resolve("pylast_client.py");
            try (InputStream in = getClass().getResourceAsStream("/scrobblers/pylast_client.py")) {
                Files.copy(in, script);
            }
            Result client = run(List.of(PYTHON.toString(), script.toString(), Integer.toString(server.earshot().port()),
                    listenerKey, "carol", Long.toString(start)), cert);
            assertThat(client.exit).as(client.output).isZero();
            assertThat(client.output).contains("SESSION key_").contains("DONE");

            JsonNode events = ScrobblerServer.json(https.get("/v1/events?user_id=carol&limit=100", admin).body());
            List<String> kinds = new ArrayList<>();
            events.path("events").forEach(e -> kinds.add(e.path("event_type").asText() + " "
                    + e.path("track").path("title").asText()));
            assertThat(kinds).containsExactlyInAnyOrder("play Roads", "complete Roads", "like Roads",
                    "play Glory Box", "complete Glory Box");
            JsonNode keys = ScrobblerServer.json(https.get("/v1/keys", admin).body());
            assertThat(keys.path("items").findValuesAsText("last_delivered_at")).hasSize(1);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> cmd, Path trustedCert) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (trustedCert != null) {
            pb.environment().put("SSL_CERT_FILE", trustedCert.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }

    /** An HTTPS client that trusts the test's certificate. */
    private static final class Https {
        final int port;
        final HttpClient http;

        Https(int port, Path cert) throws Exception {
            this.port = port;
            this.http = TrustedCertificate.client(cert);
        }

        HttpResponse<String> post(String path, String json, String key) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            if (key != null) {
                b.header("Authorization", "Bearer " + key);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String key) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        }

        String secret(HttpResponse<String> created) {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return ScrobblerServer.json(created.body()).path("secret").asText();
        }
    }
}
