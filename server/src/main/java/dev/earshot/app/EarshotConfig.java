package dev.earshot.app;

import dev.earshot.auth.SecuritySettings;
import dev.earshot.enrich.llm.LlmSettings;
import dev.earshot.event.ValidationRules;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.ingest.WriterSettings;
import dev.earshot.lake.LakeSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a running Earshot is configured by (with {@code demo}: load demo data into an empty warehouse
 * and keep a live simulated trickle running; with {@code enrich}: compute insight for each event at ingest, and
 * rebuild the co-listening model every {@code modelRebuildInterval} from the last {@code modelWindow} of listening;
 * with {@code llm}, not null only when an Anthropic API key is set: ask Claude about tracks the catalog does not
 * describe), validated once at start. Built by the CLI from flags, then
 * {@code EARSHOT_*} environment variables, then defaults; {@code security}: keys, browser safety, erasure, TLS;
 * {@code kafka}, not null only with {@code serve --sink kafka}: accepted events go to that topic instead of the
 * embedded file; {@code lake}, not null only with {@code serve --lake}: the Parquet lake served read-only.
 */
public record EarshotConfig(
        String host,
        int port,
        Path database,
        String dbMemoryLimit,
        long maxBodyBytes,
        int maxEventsPerRequest,
        ValidationRules validation,
        WriterSettings writer,
        Duration ackTimeout,
        long dedupeMaxResidentIds,
        boolean demo,
        boolean enrich,
        Duration modelRebuildInterval,
        Duration modelWindow,
        LlmSettings llm,
        Limits limits,
        SecuritySettings security,
        KafkaSinkSettings kafka,
        LakeSettings lake) {

    public EarshotConfig {
        require(port >= 0 && port <= 65535, "port must be 0..65535, got " + port);
        require(maxBodyBytes > 0, "max body size must be positive");
        require(maxEventsPerRequest > 0, "max events per request must be positive");
        require(writer.maxRows() > 0 && writer.maxQueuedRows() >= writer.maxRows(),
                "writer queue must hold at least one commit group");
        require(!ackTimeout.isNegative() && !ackTimeout.isZero(), "ack timeout must be positive");
        require(dedupeMaxResidentIds > 0, "dedupe index size must be positive");
        require(modelRebuildInterval.toSeconds() >= 1, "model rebuild interval must be at least a second");
        require(modelWindow.toMinutes() >= 1, "model window must be at least a minute");
    }

    /** Back-compatible: the default {@link Limits} and {@link SecuritySettings}. */
    public EarshotConfig(String host, int port, Path database, String dbMemoryLimit, long maxBodyBytes,
                         int maxEventsPerRequest, ValidationRules validation, WriterSettings writer, Duration ackTimeout,
                         long dedupeMaxResidentIds, boolean demo, boolean enrich, Duration modelRebuildInterval,
                         Duration modelWindow, LlmSettings llm) {
        this(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation, writer, ackTimeout,
                dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, Limits.DEFAULT,
                SecuritySettings.defaults(), null, null);
    }

    /** Defaults for a database file, as a test or an embedding program would use them. */
    public static EarshotConfig defaults(Path database) {
        return new EarshotConfig("127.0.0.1", 8000, database, null, 1024 * 1024, 1000, ValidationRules.DEFAULT,
                WriterSettings.DEFAULT, Duration.ofSeconds(30), 20_000_000, false, true, Duration.ofMinutes(10),
                Duration.ofDays(30), null, Limits.DEFAULT, SecuritySettings.defaults(), null, null);
    }

    public EarshotConfig withLimits(Limits newLimits) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, newLimits, security, kafka, lake);
    }

    public EarshotConfig withAckTimeout(Duration timeout) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, timeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, limits, security, kafka, lake);
    }

    public EarshotConfig withPort(int newPort) {
        return new EarshotConfig(host, newPort, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, limits, security, kafka, lake);
    }

    public EarshotConfig withDemo(boolean withDemo) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, withDemo, enrich, modelRebuildInterval, modelWindow, llm, limits, security, kafka, lake);
    }

    public EarshotConfig withEnrich(boolean withEnrich) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, withEnrich, modelRebuildInterval, modelWindow, llm, limits, security, kafka, lake);
    }

    public EarshotConfig withLlm(LlmSettings withLlm) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, withLlm, limits, security, kafka, lake);
    }

    public EarshotConfig withSecurity(SecuritySettings withSecurity) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, limits, withSecurity, kafka, lake);
    }

    /** Accepted events to a Kafka topic instead of the embedded file; null: the file. */
    public EarshotConfig withKafka(KafkaSinkSettings withKafka) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, limits,
                security, withKafka, lake);
    }

    /** Serving a Parquet lake read-only instead of the embedded file; null: the file. */
    public EarshotConfig withLake(LakeSettings withLake) {
        return new EarshotConfig(host, port, database, dbMemoryLimit, maxBodyBytes, maxEventsPerRequest, validation,
                writer, ackTimeout, dedupeMaxResidentIds, demo, enrich, modelRebuildInterval, modelWindow, llm, limits,
                security, kafka, withLake);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
