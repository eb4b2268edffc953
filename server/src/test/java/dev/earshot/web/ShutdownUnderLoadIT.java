package dev.earshot.web;

import static dev.earshot.testkit.Events.batch;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.ServerProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while many clients post as fast as they can, on the packaged server and a real file: every request the
 * server answers is either acknowledged (200) or a clean 503 with Retry-After in the JSON error shape (never a 500,
 * never "the warehouse is closed"); after a restart on the same file every acknowledged event is there and no
 * event of a refused batch is. A request the server never answered (its connection refused or cut while the server
 * stops) was not acknowledged, so it is only counted.
 */
class ShutdownUnderLoadIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CLIENTS = 24;
    static final int BATCH = 200;
    static final int ACKNOWLEDGED_BEFORE_STOP = 40;

    @TempDir
    Path dir;

    @Test
    void admittedRequestsCompleteOrAreRefusedCleanlyAndNothingAcknowledgedIsLost() throws Exception {
        Path db = dir.resolve("shutdown.duckdb");
        ServerProcess server = ServerProcess.start(db, dir.resolve("server.log"), "--min-free-disk", "0");
        Outcomes outcomes = new Outcomes();
        AtomicBoolean stopping = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        try {
            // Ten days back: client c dates its batches from c × 30,000 s on, all in the past however long it posts.
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread t = new Thread(() -> post(server.uri("/v1/events"), client, start, outcomes, stopping),
                        "shutdown-client-" + c);
                t.start();
                clients.add(t);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (outcomes.acknowledged.size() < ACKNOWLEDGED_BEFORE_STOP && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(outcomes.acknowledged.size()).as("batches acknowledged before the stop")
                    .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_STOP);
            stopping.set(true);
            assertThat(server.stop()).isIn(0, 143);
        } finally {
            stopping.set(true);
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(90));
            }
            server.close();
        }
        assertThat(outcomes.unexpected).as("answers other than 200 or a clean 503").isEmpty();
        assertThat(server.log()).contains("stopped cleanly").doesNotContain("warehouse is closed");

        // The same file, started again: it opens, and holds every acknowledged event and nothing refused.
        ServerProcess again = ServerProcess.start(db, dir.resolve("again.log"), "--min-free-disk", "0");
        assertThat(again.stop()).isIn(0, 143);
        Set<String> stored = storedIds(db);
        for (String prefix : outcomes.acknowledged) {
            for (int i = 0; i < BATCH; i++) {
                assertThat(stored).as("acknowledged event " + prefix + i).contains(prefix + i);
            }
        }
        for (String prefix : outcomes.refused) {
            assertThat(stored).as("an event of a batch refused 503").doesNotContain(prefix + "0");
        }
        System.out.printf("shutdown under load: %d batches acknowledged, %d refused 503, %d unanswered%n",
                outcomes.acknowledged.size(), outcomes.refused.size(), outcomes.unanswered.get());
    }

    /** Posts batches until the server is gone (a refused connection once the stop began) or a generous deadline. */
    private static void post(URI events, int client, Instant start, Outcomes outcomes, AtomicBoolean stopping) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        for (int b = 0; System.nanoTime() < deadline; b++) {
            String prefix = "s" + client + "-" + b + "-";
            HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch(prefix, BATCH,
                            start.plusSeconds((long) client * 30_000 + b))))
                    .build();
            try {
                outcomes.record(prefix, http.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (ConnectException gone) {
                if (stopping.get()) {
                    return;
                }
                outcomes.unanswered.incrementAndGet();
            } catch (IOException cut) {
                // The connection closed without an answer while the server stopped: not acknowledged.
                outcomes.unanswered.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Set<String> storedIds(Path db) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id FROM events")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** What each batch got: acknowledged, refused 503 (nothing stored), or something that must never happen. */
    static final class Outcomes {
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        final AtomicInteger unanswered = new AtomicInteger();

        void record(String prefix, HttpResponse<String> r) {
            if (r.statusCode() == 200) {
                acknowledged.add(prefix);
            } else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent() && clean(r.body())) {
                // An outcome the server does not know (ack timeout) may have been stored: it is not "refused".
                if (!r.body().contains("outcome_unknown")) {
                    refused.add(prefix);
                }
            } else {
                unexpected.add(r.statusCode() + " " + r.headers().firstValue("Retry-After").orElse("(no Retry-After)")
                        + " " + r.body());
            }
        }

        private static boolean clean(String body) {
            try {
                return JSON.readTree(body).path("error").path("code").isTextual() && !body.contains("closed");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
