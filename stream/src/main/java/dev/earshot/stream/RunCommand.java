package dev.earshot.stream;

import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.stream.export.BigQuerySink;
import dev.earshot.stream.export.BigQueryTarget;
import dev.earshot.stream.export.PostgresSink;
import dev.earshot.stream.export.PostgresTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: the job itself, for {@code flink run earshot-stream.jar run ...} on a cluster (or a local
 * MiniCluster when started with plain {@code java -jar}). Reads the events topic, writes the output topics and
 * the lake, until cancelled; restarts resume from the last checkpoint.
 */
@Command(name = "run", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Run the job against a Kafka cluster, writing the output topics and the Parquet lake"
                + " (and BigQuery, PostgreSQL when given).")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--kafka-bootstrap", required = true, description = "Kafka brokers, HOST:PORT[,...].")
    String bootstrap;

    @Option(names = "--kafka-topic", defaultValue = KafkaSinkSettings.DEFAULT_TOPIC,
            description = "The events topic the servers produce to; outputs go to <topic>-enriched, -late, -minutes, -sessions.")
    String topic;

    @Option(names = "--group-id", defaultValue = "earshot-stream", description = "Consumer group of the job.")
    String groupId;

    @Option(names = "--models", required = true, description = "Model snapshot from `earshot models export --to FILE`.")
    Path models;

    @Option(names = "--lake", required = true, description = "Lake root (a path or a Flink file-system URI, e.g. s3://bucket/lake).")
    String lake;

    @Option(names = "--out-of-orderness", defaultValue = "PT30S", description = "Watermark bound (ISO-8601 duration).")
    Duration outOfOrderness;

    @Option(names = "--allowed-lateness", defaultValue = "PT1M", description = "How late a window still accepts events.")
    Duration allowedLateness;

    @Option(names = "--dedupe-ttl", defaultValue = "P7D", description = "How long an event id is remembered.")
    Duration dedupeTtl;

    @Option(names = "--session-gap", defaultValue = "PT30M", description = "Gap that closes a listening session.")
    Duration sessionGap;

    @Option(names = "--checkpoint-interval", defaultValue = "PT10S",
            description = "Checkpoint interval: how often lake files are committed (and become visible).")
    Duration checkpointInterval;

    @Option(names = "--parallelism", defaultValue = "0", description = "Job parallelism; 0 = the cluster's default.")
    int parallelism;

    @Option(names = "--bigquery-table", description = "Also write the rows to this BigQuery table, PROJECT.DATASET.TABLE.")
    String bigqueryTable;

    @Option(names = "--bigquery-endpoint",
            description = "Storage Write API endpoint HOST:PORT (default: Google's, with application default credentials).")
    String bigqueryEndpoint;

    @Option(names = "--bigquery-plaintext", description = "Connect to --bigquery-endpoint without TLS or credentials (a local server).")
    boolean bigqueryPlaintext;

    @Option(names = "--bigquery-batch", defaultValue = "1000", description = "Rows per BigQuery append.")
    int bigqueryBatch;

    @Option(names = "--postgres-url", description = "Also upsert the rows into PostgreSQL: jdbc:postgresql://HOST:PORT/DB.")
    String postgresUrl;

    @Option(names = "--postgres-table", defaultValue = "events", description = "PostgreSQL table (created when absent).")
    String postgresTable;

    @Option(names = "--postgres-batch", defaultValue = "1000", description = "Rows per PostgreSQL JDBC batch.")
    int postgresBatch;

    @Override
    public Integer call() throws Exception {
        byte[] snapshot = Files.readAllBytes(models);
        JobSettings settings = new JobSettings(outOfOrderness, allowedLateness, dedupeTtl, sessionGap, checkpointInterval);
        KafkaWiring wiring = new KafkaWiring(bootstrap, KafkaWiring.Topics.from(topic), lake);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism > 0) {
            env.setParallelism(parallelism);
        }
        new ListenJob(wiring.source(groupId, false), exports(wiring.sinks()), settings, snapshot).run(env);
        return 0;
    }

    private JobSinks exports(JobSinks sinks) {
        if (bigqueryTable != null) {
            sinks = sinks.with(new JobSinks.Export("bigquery", new BigQuerySink(
                    new BigQueryTarget(bigqueryTable, bigqueryEndpoint, bigqueryPlaintext, bigqueryBatch))));
        }
        if (postgresUrl != null) {
            sinks = sinks.with(new JobSinks.Export("postgres", new PostgresSink(
                    new PostgresTarget(postgresUrl, postgresTable, postgresBatch))));
        }
        return sinks;
    }
}
