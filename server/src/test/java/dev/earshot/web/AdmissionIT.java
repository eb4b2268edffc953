package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.app.Limits;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Admission on real sockets: many slow uploads (1 byte every 5 s) are held open; reads go on being answered and a
 * normal write is still admitted and stored (slow uploads hold no thread and, once slow, no write budget; here the
 * budget and the slow uploads' own pool are one body limit, 1 MiB, so most of them are refused 503 at once). No
 * timing asserts beyond generous timeouts.
 */
class AdmissionIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SLOTS = 4;
    static final int SLOW_UPLOADS = 40;

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir(dir -> EarshotConfig.defaults(dir.resolve("earshot.duckdb"))
            .withPort(0).withLimits(new Limits(0, SLOTS, 1L << 20, Duration.ofSeconds(30), 1024))).withClock(Events.CLOCK);
    final List<Socket> sockets = new ArrayList<>();
    final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws IOException {
        trickle.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void slowUploadsBlockNeitherReadsNorWrites() throws Exception {
        for (int i = 0; i < SLOW_UPLOADS; i++) {
            sockets.add(slowUpload());
        }
        trickle.scheduleAtFixedRate(this::oneByteEach, 5, 5, TimeUnit.SECONDS);

        // Reads are not writes: they are answered while every write slot is held by a slow upload.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> health = server.get("/health");
            assertThat(health.statusCode()).isIn(200, 503);
            assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
        }

        // Slow uploads are read without a thread and stop counting against the write budget once they prove
        // slow: a normal write is admitted and stored while they are all still held open.
        HttpResponse<String> accepted = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            accepted = server.post("/v1/events", "application/json",
                    Events.json("adm-1", "u1", Events.T0.minusSeconds(60)));
            if (accepted.statusCode() == 200) {
                break;
            }
            // Refused meanwhile only as overload, in the JSON shape, with a Retry-After.
            assertThat(accepted.statusCode()).isEqualTo(503);
            assertThat(accepted.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(accepted.body()).get("error").get("code").asText()).isEqualTo("overloaded");
            Thread.sleep(200);
        }
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
    }

    private Socket slowUpload() throws IOException {
        return slowUpload(100_000);
    }

    /** Headers declaring {@code length} bytes and the body's first byte. */
    private Socket slowUpload(int length) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.earshot().port());
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private void oneByteEach() {
        for (Socket s : sockets) {
            try {
                s.getOutputStream().write(' ');
                s.getOutputStream().flush();
            } catch (IOException closedByServer) {
                // The minimum data rate cut it off: exactly what it is for.
            }
        }
    }
}
