package dev.earshot.cli;

import dev.earshot.app.Earshot;
import dev.earshot.app.EarshotConfig;
import dev.earshot.app.Limits;
import dev.earshot.enrich.llm.LlmSettings;
import dev.earshot.event.ValidationRules;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.ingest.WriterSettings;
import dev.earshot.lake.Lake;
import dev.earshot.lake.LakeSettings;
import dev.earshot.threads.Threads;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code earshot serve}: runs the server until Ctrl-C or SIGTERM, then shuts down without losing events. */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true,
        defaultValueProvider = ServeDefaults.class, description = "Run the Earshot server (ingest API, warehouse, dashboard).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Address to listen on; 0.0.0.0 for every interface (env EARSHOT_HOST).")
    String host;

    @Option(names = "--port", description = "HTTP port (env EARSHOT_PORT).")
    int port;

    @Option(names = "--db", defaultValue = "${env:EARSHOT_DB:-data/earshot.duckdb}",
            description = "DuckDB database file, created if missing (env EARSHOT_DB).")
    Path db;

    @Option(names = "--db-memory-limit", defaultValue = "${env:EARSHOT_DB_MEMORY_LIMIT:-auto}",
            description = "DuckDB memory_limit, e.g. 4GB; auto = half of the RAM the JVM heap leaves (env EARSHOT_DB_MEMORY_LIMIT).")
    String dbMemoryLimit;

    @Option(names = "--max-body-bytes",
            description = "Largest accepted request body (env EARSHOT_MAX_BODY_BYTES).")
    long maxBodyBytes;

    @Option(names = "--max-events",
            description = "Most events in one request (env EARSHOT_MAX_EVENTS).")
    int maxEvents;

    @Option(names = "--max-future-skew",
            description = "How far in the future a timestamp may be, ISO-8601 duration (env EARSHOT_MAX_FUTURE_SKEW).")
    Duration maxFutureSkew;

    @Option(names = "--earliest",
            description = "Earliest accepted timestamp (env EARSHOT_EARLIEST).")
    Instant earliest;

    @Option(names = "--commit-max-rows",
            description = "Most rows in one group commit (env EARSHOT_COMMIT_MAX_ROWS).")
    int commitMaxRows;

    @Option(names = "--commit-linger",
            description = "How long a commit waits for more requests (env EARSHOT_COMMIT_LINGER).")
    Duration commitLinger;

    @Option(names = "--max-queued-rows",
            description = "Rows that may wait for the writer before requests get 503 (env EARSHOT_MAX_QUEUED_ROWS).")
    long maxQueuedRows;

    @Option(names = "--ack-timeout",
            description = "How long a request waits for its events' commit before it is answered 503 with"
                    + " outcome unknown (env EARSHOT_ACK_TIMEOUT).")
    Duration ackTimeout;

    @Option(names = "--dedupe-max-ids",
            description = "Event ids the dedupe index keeps in memory, about 12-24 bytes each (env EARSHOT_DEDUPE_MAX_IDS).")
    long dedupeMaxIds;

    @Option(names = "--demo",
            description = "Into an empty database, load 30 days of simulated Spotify, Apple Music and YouTube Music"
                    + " listening, then keep a live trickle running (env EARSHOT_DEMO).")
    boolean demo;

    @Option(names = "--enrich", negatable = true, fallbackValue = "true",
            description = "Compute mood, genre, listening context and engagement for each event at ingest (env EARSHOT_ENRICH).")
    boolean enrich;

    @Option(names = "--model-rebuild-interval",
            description = "How often the co-listening model (similar tracks, neighbour genres) is rebuilt (env EARSHOT_MODEL_REBUILD_INTERVAL).")
    Duration modelRebuildInterval;

    @Option(names = "--model-window",
            description = "How much recent listening the co-listening model learns from (env EARSHOT_MODEL_WINDOW).")
    Duration modelWindow;

    @Option(names = "--llm-model", defaultValue = "${env:EARSHOT_LLM_MODEL:-" + LlmSettings.DEFAULT_MODEL + "}",
            description = "Claude model asked about tracks the catalog does not describe; only with ANTHROPIC_API_KEY set (env EARSHOT_LLM_MODEL).")
    String llmModel;

    @Option(names = "--llm-budget-usd", defaultValue = "${env:EARSHOT_LLM_BUDGET_USD:-1.0}",
            description = "Most Claude may cost per UTC day, estimated from reported usage (env EARSHOT_LLM_BUDGET_USD).")
    double llmBudgetUsd;

    @Option(names = "--llm-rate", defaultValue = "${env:EARSHOT_LLM_RATE:-50}",
            description = "Most Claude requests per minute (env EARSHOT_LLM_RATE).")
    int llmRate;

    @Option(names = "--llm-input-usd-per-mtok", defaultValue = "${env:EARSHOT_LLM_INPUT_USD_PER_MTOK:-1.0}",
            description = "Price of a million input tokens, for the budget (env EARSHOT_LLM_INPUT_USD_PER_MTOK).")
    double llmInputUsdPerMTok;

    @Option(names = "--llm-output-usd-per-mtok", defaultValue = "${env:EARSHOT_LLM_OUTPUT_USD_PER_MTOK:-5.0}",
            description = "Price of a million output tokens, for the budget (env EARSHOT_LLM_OUTPUT_USD_PER_MTOK).")
    double llmOutputUsdPerMTok;

    @Option(names = "--llm-base-url", defaultValue = "${env:EARSHOT_LLM_BASE_URL}",
            description = "Messages API base URL; unset for Anthropic's (env EARSHOT_LLM_BASE_URL).")
    String llmBaseUrl;

    @Option(names = "--min-free-disk", converter = ByteSize.class,
            description = "Refuse writes with 507 while the database's disk has less free space than this; 0 turns the"
                    + " guard off (env EARSHOT_MIN_FREE_DISK).")
    long minFreeDisk;

    @Option(names = "--max-inflight-writes",
            description = "Write requests taken in at once; more are answered 503 + Retry-After before their body is"
                    + " read (env EARSHOT_MAX_INFLIGHT_WRITES).")
    int maxInFlightWrites;

    @Option(names = "--max-inflight-bytes",
            converter = ByteSize.class, description = "Declared request bodies taken in at once; beyond it 503 +"
                    + " Retry-After (env EARSHOT_MAX_INFLIGHT_BYTES).")
    long maxInFlightBytes;

    @Option(names = "--write-latency-target",
            description = "How long an admitted write should take on average: writes are admitted up to what the"
                    + " server was measured to complete in this time, the rest answered 503 + Retry-After at once"
                    + " (env EARSHOT_WRITE_LATENCY_TARGET).")
    Duration writeLatencyTarget;

    @Option(names = "--sink", defaultValue = "${env:EARSHOT_SINK:-duckdb}",
            description = "Where accepted events go: duckdb (the embedded file) or kafka (a topic the stream job reads;"
                    + " answers wait for the broker's acknowledgement) (env EARSHOT_SINK).")
    String sink;

    @Option(names = "--kafka-bootstrap", defaultValue = "${env:EARSHOT_KAFKA_BOOTSTRAP}",
            description = "Kafka brokers, HOST:PORT[,...], for --sink kafka (env EARSHOT_KAFKA_BOOTSTRAP).")
    String kafkaBootstrap;

    @Option(names = "--kafka-topic", defaultValue = "${env:EARSHOT_KAFKA_TOPIC:-" + KafkaSinkSettings.DEFAULT_TOPIC + "}",
            description = "Topic for --sink kafka (env EARSHOT_KAFKA_TOPIC).")
    String kafkaTopic;

    @Option(names = "--lake", defaultValue = "${env:EARSHOT_LAKE}",
            description = "Serve the dashboard and every read route from the Parquet lake the stream job writes"
                    + " (DIR/events/dt=YYYY-MM-DD/*.parquet), read-only: ingest off, every write answered 405"
                    + " read_only_lake; --db is not used (env EARSHOT_LAKE).")
    Path lake;

    @Option(names = "--lake-models", defaultValue = "${env:EARSHOT_LAKE_MODELS}",
            description = "With --lake: the model snapshot the stream job runs with (earshot models export); its"
                    + " catalog gives the lake's tracks their titles and artists (env EARSHOT_LAKE_MODELS).")
    Path lakeModels;

    @Option(names = "--lake-keys", defaultValue = "${env:EARSHOT_LAKE_KEYS}",
            description = "With --lake: an Earshot database file (e.g. made by earshot keys create --db FILE) whose API"
                    + " keys the lake server takes, read at start (env EARSHOT_LAKE_KEYS).")
    Path lakeKeys;

    @Mixin
    SecurityOptions security;

    /** Read from the environment only: a flag would show the key in the process list. */
    String anthropicApiKey = System.getenv("ANTHROPIC_API_KEY");

    @Override
    public Integer call() throws InterruptedException {
        LakeSettings lakeSettings = lakeSettings();
        if (lakeSettings != null) {
            db = Lake.scratchDatabase();
        }
        EarshotConfig config = config();
        Earshot earshot;
        try {
            earshot = Earshot.start(config);
        } catch (RuntimeException e) {
            if (lakeSettings != null) {
                Lake.removeScratch(config.database());
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Threads.create("earshot-shutdown", false, () -> {
            System.err.println("Earshot: shutting down (finishing queued writes, closing the database)...");
            earshot.close();
            if (lakeSettings != null) {
                Lake.removeScratch(config.database());
            }
            System.err.println("Earshot: stopped cleanly.");
            stopped.countDown();
        }));
        System.out.println("Earshot is running on http://" + displayHost() + ":" + earshot.port() + (lakeSettings == null
                ? "  (database " + config.database().toAbsolutePath() + ")"
                : "  (lake " + lake.toAbsolutePath() + ", read-only)"));
        stopped.await();
        return 0;
    }

    EarshotConfig config() {
        return new EarshotConfig(host, port, db, MemoryLimit.resolve(dbMemoryLimit), maxBodyBytes, maxEvents,
                new ValidationRules(maxFutureSkew, earliest),
                new WriterSettings(commitMaxRows, commitLinger, maxQueuedRows), ackTimeout, dedupeMaxIds, demo, enrich,
                modelRebuildInterval, modelWindow, llm(), new Limits(minFreeDisk, maxInFlightWrites, maxInFlightBytes,
                        Limits.DEFAULT.idleTimeout(), Limits.DEFAULT.minBodyBytesPerSecond(), writeLatencyTarget),
                security.settings(), kafkaSink(), lakeSettings());
    }

    /** The Kafka sink's settings, or null for the default embedded sink. */
    private KafkaSinkSettings kafkaSink() {
        return switch (sink) {
            case "duckdb" -> null;
            case "kafka" -> new KafkaSinkSettings(kafkaBootstrap, kafkaTopic, ackTimeout);
            default -> throw new IllegalArgumentException("--sink must be duckdb or kafka, got " + sink);
        };
    }

    /** The lake to serve read-only, or null for the embedded database; the lake takes no writes, so neither a sink nor the demo. */
    LakeSettings lakeSettings() {
        if (lake == null) {
            if (lakeModels != null || lakeKeys != null) {
                throw new IllegalArgumentException("--lake-models and --lake-keys go with --lake");
            }
            return null;
        }
        if (!"duckdb".equals(sink) || demo) {
            throw new IllegalArgumentException("--lake serves a read-only lake: it takes neither --sink kafka nor --demo");
        }
        return new LakeSettings(lake, lakeModels, lakeKeys);
    }

    /** The Claude provider's settings, or null (off) unless ANTHROPIC_API_KEY is set. */
    private LlmSettings llm() {
        if (anthropicApiKey == null || anthropicApiKey.isBlank()) {
            return null;
        }
        return LlmSettings.of(anthropicApiKey, llmModel, llmBaseUrl, llmBudgetUsd, llmRate, llmInputUsdPerMTok,
                llmOutputUsdPerMTok);
    }

    private String displayHost() {
        return host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    }
}
