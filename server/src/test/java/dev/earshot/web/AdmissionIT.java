package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Admission on real sockets: slow uploads (1 byte every 5 s) fill the write slots; reads go on being answered,
 * a further write is refused 503 with Retry-After before its body is read, and writes are admitted again once
 * the slow uploads are gone. No timing asserts beyond generous timeouts.
 */
class AdmissionIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SLOTS = 4;
    static final int SLOW_UPLOADS = 40;

    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir(dir -> EarshotConfig.defaults(dir.resolve("earshot.duckdb"))
            .withPort(0).withLimits(new Limits(0, SLOTS, 64L << 20, Duration.ofSeconds(30), 1024))).withClock(Events.CLOCK);
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
    void slowUploadsNeitherBlockReadsNorQueueWrites() throws Exception {
        for (int i = 0; i < SLOW_UPLOADS; i++) {
            Socket socket = new Socket("127.0.0.1", server.earshot().port());
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(socket);
        }
        trickle.scheduleAtFixedRate(this::oneByteEach, 5, 5, TimeUnit.SECONDS);

        // Reads are not writes: they are answered while every write slot is held by a slow upload.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> health = server.get("/health");
            assertThat(health.statusCode()).isIn(200, 503);
            assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
        }

        // A write beyond the slots is refused at once with the JSON shape and a Retry-After.
        HttpResponse<String> refused = server.post("/v1/events", "application/json",
                Events.json("adm-1", "u1", Events.T0.minusSeconds(60)));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        JsonNode error = JSON.readTree(refused.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("overloaded");

        // Once the slow uploads go, writes are admitted again: the slots were released, not leaked.
        trickle.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
        HttpResponse<String> accepted = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            accepted = server.post("/v1/events", "application/json",
                    Events.json("adm-2", "u1", Events.T0.minusSeconds(60)));
            if (accepted.statusCode() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(accepted.statusCode()).isEqualTo(200);
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
