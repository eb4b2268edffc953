package dev.earshot.stream.demo;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import dev.earshot.event.EventCodec;
import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.stream.JobSettings;
import dev.earshot.stream.KafkaWiring;
import dev.earshot.stream.ListenJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the job's throughput at parallelism 1 and 2 (the demo's path, wall time of the job from submit
 * to end of input, MiniCluster start included), then the latency from an HTTP POST to a server with the Kafka sink
 * until the event is in a committed lake file, with the job running unbounded. Figures only, no verdict on speed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Events/s through the job at parallelism 1 and 2, and latency POST -> lake file.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "20000", description = "Live events for the throughput runs.")
    int events;

    @Option(names = "--seed", defaultValue = "7", description = "Simulation seed.")
    long seed;

    @Option(names = "--posts", defaultValue = "5", description = "POSTs timed for the latency figure.")
    int posts;

    @Option(names = "--checkpoint-interval", defaultValue = "PT1S", description = "Checkpoint interval of the latency run.")
    Duration checkpointInterval;

    @Option(names = "--throughput", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure events/s at parallelism 1 and 2 (--no-throughput: only the latency).")
    boolean throughput;

    @Override
    public Integer call() throws Exception {
        boolean equal = true;
        for (int p : throughput ? new int[] {1, 2} : new int[0]) {
            Path dir = Files.createTempDirectory("earshot-bench-");
            DemoReport r = Demo.run(events, seed, p, dir);
            equal &= r.equal();
            System.out.printf(Locale.ROOT, "throughput  parallelism %d: %d events in %.1f s = %.0f events/s (%s)%n", p,
                    r.arrivals(), r.jobSeconds(), r.eventsPerSecond(), r.equal() ? "equal" : "DIFFERENT");
        }
        List<Double> latencies = latency();
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "latency     POST -> committed lake file, checkpoint every %d ms: median %.0f ms,"
                        + " max %.0f ms over %d posts%n", checkpointInterval.toMillis(),
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1), latencies.size());
        return equal ? 0 : 1;
    }

    private List<Double> latency() throws Exception {
        Path dir = Files.createTempDirectory("earshot-latency-");
        DemoInput input = DemoInput.of(500, seed);
        Instant now = DemoInput.END.atStartOfDay().toInstant(ZoneOffset.UTC);
        byte[] snapshot = SingleMachinePath.fitModels(input.history(), input.arrivals(), dir.resolve("history.duckdb"), now);
        List<Double> out = new ArrayList<>();
        try (KraftBroker broker = KraftBroker.start(2)) {
            KafkaWiring.Topics topics = KafkaWiring.Topics.from(Demo.TOPIC);
            Demo.createTopics(broker, topics, 2);
            KafkaWiring wiring = new KafkaWiring(broker.bootstrap(), topics, dir.resolve("lake").toString());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, new Configuration());
            JobClient job = new ListenJob(wiring.source("earshot-bench", false), wiring.sinks(),
                    JobSettings.DEFAULT.withCheckpointInterval(checkpointInterval), snapshot).submit(env);
            EarshotConfig config = EarshotConfig.defaults(dir.resolve("server.duckdb")).withPort(0);
            try (Earshot server = Earshot.start(config.withKafka(
                    new KafkaSinkSettings(broker.bootstrap(), Demo.TOPIC, config.ackTimeout())), Clock.systemUTC());
                 Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
                HttpClient http = HttpClient.newHttpClient();
                URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/events");
                for (int i = 0; i < posts + 1; i++) {
                    ListenEvent e = input.arrivals().get(i);
                    ListenEvent fresh = new ListenEvent("bench-" + i, e.eventType(), e.userId(), e.trackId(),
                            Instant.now().minusSeconds(5), null, e.platform(), e.location(), e.sessionId(),
                            e.positionMs(), e.msPlayed(), e.durationMs(), e.device(), e.context(), e.track());
                    long start = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(EventCodec.encode(fresh))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("POST answered " + answer.statusCode() + ": " + answer.body());
                    }
                    waitForLake(db, dir.resolve("lake/events"), fresh.eventId());
                    // The first POST also waits for the job's start: it is warm-up, not a figure.
                    if (i > 0) {
                        out.add((System.nanoTime() - start) / 1e6);
                    }
                }
            } finally {
                job.cancel().get();
            }
        }
        return out;
    }

    private static void waitForLake(Connection db, Path events, String eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String glob = events.toAbsolutePath().toString().replace("'", "''") + "/*/*.parquet";
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(events)) {
                try (Statement st = db.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + glob
                             + "', hive_partitioning = false) WHERE event_id = '" + eventId + "'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                } catch (java.sql.SQLException noFilesYet) {
                    // No committed file matches the glob yet.
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("event " + eventId + " did not reach the lake within 3 minutes");
    }
}
