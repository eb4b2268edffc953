package dev.earshot.stream.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.KafkaSink;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.stream.JobSettings;
import dev.earshot.stream.JobSinks;
import dev.earshot.stream.KafkaWiring;
import dev.earshot.stream.ListenJob;
import dev.earshot.store.EventOrigin;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The whole scale-out path on one machine: an in-process KRaft broker, the server's Kafka sink producing the
 * simulated live events (with duplicates and late arrivals), the job on a Flink MiniCluster run to the end of its
 * input writing the lake to {@code dir}, and beside it the single-machine path over the same input; then the
 * check that both stored the same enriched rows and that the per-track plays agree, from the lake and from the
 * job's minute windows (plus the late events it set aside).
 */
public final class Demo {
    static final String TOPIC = KafkaSinkSettings.DEFAULT_TOPIC;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Demo() {
    }

    public static DemoReport run(int events, long seed, int parallelism, Path dir) throws Exception {
        return run(events, seed, parallelism, dir, List.of());
    }

    /** As {@link #run(int, long, int, Path)}, the job also writing its rows to {@code exports} (warehouses). */
    public static DemoReport run(int events, long seed, int parallelism, Path dir, List<JobSinks.Export> exports)
            throws Exception {
        DemoInput input = DemoInput.of(events, seed);
        Instant now = DemoInput.END.atStartOfDay().toInstant(ZoneOffset.UTC);
        byte[] snapshot = SingleMachinePath.fitModels(input.history(), input.arrivals(), dir.resolve("history.duckdb"), now);
        Path single = dir.resolve("single.duckdb");
        SingleMachinePath.ingest(snapshot, input.arrivals(), single, now);

        try (KraftBroker broker = KraftBroker.start(4)) {
            KafkaWiring.Topics topics = KafkaWiring.Topics.from(TOPIC);
            createTopics(broker, topics, 4);
            produce(broker.bootstrap(), input.arrivals(), now);

            Path lake = dir.resolve("lake");
            KafkaWiring wiring = new KafkaWiring(broker.bootstrap(), topics, lake.toString());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism,
                    new Configuration());
            JobSinks sinks = wiring.sinks();
            for (JobSinks.Export export : exports) {
                sinks = sinks.with(export);
            }
            ListenJob job = new ListenJob(wiring.source("earshot-demo", true), sinks,
                    JobSettings.DEFAULT.withCheckpointInterval(Duration.ofSeconds(1)), snapshot);
            long start = System.nanoTime();
            job.run(env);
            double seconds = (System.nanoTime() - start) / 1e9;
            return compare(input, single, lake, broker.bootstrap(), topics, ModelSnapshot.modelVersion(snapshot),
                    seconds);
        }
    }

    /** The events topic and the job's output topics, before anything produces or reads. */
    static void createTopics(KraftBroker broker, KafkaWiring.Topics topics, int partitions) throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            List<NewTopic> create = new ArrayList<>();
            for (String t : List.of(topics.events(), topics.enriched(), topics.late(), topics.minutes(),
                    topics.sessions())) {
                create.add(new NewTopic(t, partitions, (short) 1));
            }
            admin.createTopics(create).all().get();
        }
    }

    /**
     * Produces as `serve --sink kafka` does, through its very sink, a request's worth at a time, each waiting for
     * its acknowledgement; a request the broker did not acknowledge is sent again, as a client would after a 503
     * (any copy that did land is a duplicate the job drops).
     */
    static void produce(String bootstrap, List<ListenEvent> arrivals, Instant receivedAt) throws Exception {
        try (KafkaSink sink = new KafkaSink(new KafkaSinkSettings(bootstrap, TOPIC, Duration.ofSeconds(30)),
                (events, rejected) -> CompletableFuture.completedFuture(null))) {
            for (int i = 0; i < arrivals.size(); i += SingleMachinePath.BATCH) {
                List<StoredEvent> batch = new ArrayList<>();
                for (ListenEvent e : arrivals.subList(i, Math.min(arrivals.size(), i + SingleMachinePath.BATCH))) {
                    batch.add(new StoredEvent(e, receivedAt, null, EventOrigin.SIMULATION));
                }
                for (int attempt = 1; ; attempt++) {
                    try {
                        sink.submit(batch, List.of()).get();
                        break;
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (attempt == 5) {
                            throw e;
                        }
                        Thread.sleep(1_000);
                    }
                }
            }
        }
    }

    private static DemoReport compare(DemoInput input, Path single, Path lake, String bootstrap,
                                      KafkaWiring.Topics topics, String modelVersion, double seconds)
            throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("ATTACH '" + sql(single) + "' AS single (READ_ONLY)");
            st.execute("CREATE VIEW lake AS SELECT * FROM read_parquet('" + sql(lake.resolve("events")) + "/*/*.parquet',"
                    + " hive_partitioning = false)");
            long singleRows = count(st, "SELECT count(*) FROM single.events");
            long lakeRows = count(st, "SELECT count(*) FROM lake");
            long missing = count(st, "SELECT count(*) FROM (SELECT * FROM single.events EXCEPT ALL SELECT * FROM lake)");
            long extra = count(st, "SELECT count(*) FROM (SELECT * FROM lake EXCEPT ALL SELECT * FROM single.events)");
            Map<String, Long> singlePlays = plays(st, "single.events");
            Map<String, Long> lakePlays = plays(st, "lake");
            long versions = count(st, "SELECT count(*) FROM lake WHERE model_version IS DISTINCT FROM '"
                    + modelVersion.replace("'", "''") + "'");

            Map<String, Long> windowed = windowedPlays(bootstrap, topics);
            long late = 0;
            for (var record : TopicReader.readAll(bootstrap, topics.late())) {
                JsonNode e = read(record.value());
                late++;
                if ("play".equals(e.path("event_type").asText())) {
                    windowed.merge(e.path("track_id").asText(), 1L, Long::sum);
                }
            }
            long sessions = TopicReader.readAll(bootstrap, topics.sessions()).size();
            return new DemoReport(input.arrivals().size(), input.duplicates(), input.delayed(), singleRows, lakeRows,
                    missing, extra + versions, late, singlePlays.size(), mismatches(singlePlays, lakePlays),
                    mismatches(singlePlays, windowed), sessions, modelVersion, seconds);
        }
    }

    /** Plays per track from the minute windows: the latest emission of each (track, minute), summed over minutes. */
    private static Map<String, Long> windowedPlays(String bootstrap, KafkaWiring.Topics topics) {
        Map<String, Long> latest = new HashMap<>();
        for (var record : TopicReader.readAll(bootstrap, topics.minutes())) {
            JsonNode c = read(record.value());
            if ("track".equals(c.path("dimension").asText())) {
                latest.put(c.path("key").asText() + '@' + c.path("minute").asLong(), c.path("plays").asLong());
            }
        }
        Map<String, Long> byTrack = new HashMap<>();
        latest.forEach((k, plays) -> byTrack.merge(k.substring(0, k.lastIndexOf('@')), plays, Long::sum));
        return byTrack;
    }

    private static Map<String, Long> plays(Statement st, String relation) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT track_id, count(*) FROM " + relation
                + " WHERE event_type = 'play' GROUP BY track_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static int mismatches(Map<String, Long> expected, Map<String, Long> actual) {
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        int differ = 0;
        for (String k : keys) {
            if (!expected.getOrDefault(k, 0L).equals(actual.getOrDefault(k, 0L))) {
                differ++;
            }
        }
        return differ;
    }

    private static long count(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
