package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the HTTP server refuses before any route runs is answered in the API's JSON shape, naming no internals. */
class JettyErrorsIT {
    static final Pattern INTERNALS = Pattern.compile("(?i)jackson|duckdb|java\\.|exception|sql|jetty|javalin|<html");

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir().withClock(Events.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {"/v1/events/%zz", "/v1/events/%u0041", "/v1/events/%", "/v1/events/a%2", "/%00"})
    void badEscapesAreJson(String target) throws Exception {
        assertJsonError(raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    @ParameterizedTest
    @ValueSource(ints = {20_000, 100_000})
    void headersTooLargeAreJson(int size) throws Exception {
        assertJsonError(raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(size)
                + "\r\nConnection: close\r\n\r\n"));
    }

    private static void assertJsonError(String response) throws Exception {
        String status = response.substring(0, response.indexOf("\r\n"));
        assertThat(status).matches("HTTP/1\\.1 4\\d\\d.*");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body).doesNotContainPattern(INTERNALS);
        JsonNode error = new ObjectMapper().readTree(body).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("details").isArray()).isTrue();
    }

    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.earshot().port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
