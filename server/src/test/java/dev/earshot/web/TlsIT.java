package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.app.EarshotConfig;
import dev.earshot.auth.SecuritySettings;
import dev.earshot.support.RunningServer;
import dev.earshot.support.TrustedCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with a self-signed certificate made by openssl in the test (skipped, saying so, where openssl is
 * missing): a client trusting that certificate gets answers; plain HTTP on the port gets none.
 */
class TlsIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pkcs8", "pkcs1"})
    void servesHttpsWithAPemCertificateAndKey(String keyFormat) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "needs /usr/bin/openssl to make a test certificate");
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        if (keyFormat.equals("pkcs1")) {
            openssl("rsa", "-in", key.toString(), "-out", key.toString(), "-traditional");
            assertThat(Files.readString(key)).contains("BEGIN RSA PRIVATE KEY");
        } else {
            assertThat(Files.readString(key)).contains("BEGIN PRIVATE KEY");
        }
        SecuritySettings d = SecuritySettings.defaults();
        try (RunningServer server = RunningServer.start(EarshotConfig.defaults(dir.resolve("t.duckdb")).withPort(0)
                .withEnrich(false).withSecurity(new SecuritySettings(d.auth(), false, d.ratePerMinute(), List.of(),
                        List.of(), cert, key, d.compactWithin(), null)))) {
            int port = server.earshot().port();
            HttpClient trusting = TrustedCertificate.client(cert);
            HttpResponse<String> r = trusting.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port
                    + "/v1/events")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"events\"");
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/v1/events")).build(), HttpResponse.BodyHandlers.ofString()))
                    .as("a client that does not trust the certificate").isInstanceOf(java.io.IOException.class);
        }
    }

    private static void openssl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
