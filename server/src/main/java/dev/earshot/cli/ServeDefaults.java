package dev.earshot.cli;

import dev.earshot.app.EarshotConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of {@code earshot serve}'s flags: the {@code EARSHOT_*} variable named after the flag when it is set,
 * else the value of {@link EarshotConfig#defaults}, so that a default is written once, in the configuration. Flags
 * the configuration has no default for (the database file, the memory limit's "auto", Claude's and Kafka's
 * settings) keep the one on their option ({@code ${env:…:-…}}), and this provider leaves them alone.
 */
public final class ServeDefaults implements CommandLine.IDefaultValueProvider {
    private static final EarshotConfig D = EarshotConfig.defaults(Path.of("data", "earshot.duckdb"));
    private static final Map<String, String> FROM_CONFIG = Map.ofEntries(
            Map.entry("--host", D.host()),
            Map.entry("--port", Integer.toString(D.port())),
            Map.entry("--max-body-bytes", Long.toString(D.maxBodyBytes())),
            Map.entry("--max-events", Integer.toString(D.maxEventsPerRequest())),
            Map.entry("--max-future-skew", duration(D.validation().maxFutureSkew())),
            Map.entry("--earliest", D.validation().earliest().toString()),
            Map.entry("--commit-max-rows", Integer.toString(D.writer().maxRows())),
            Map.entry("--commit-linger", duration(D.writer().linger())),
            Map.entry("--max-queued-rows", Long.toString(D.writer().maxQueuedRows())),
            Map.entry("--ack-timeout", duration(D.ackTimeout())),
            Map.entry("--dedupe-max-ids", Long.toString(D.dedupeMaxResidentIds())),
            Map.entry("--demo", Boolean.toString(D.demo())),
            Map.entry("--enrich", Boolean.toString(D.enrich())),
            Map.entry("--model-rebuild-interval", duration(D.modelRebuildInterval())),
            Map.entry("--model-window", duration(D.modelWindow())),
            Map.entry("--min-free-disk", bytes(D.limits().minFreeDiskBytes())),
            Map.entry("--max-inflight-writes", Integer.toString(D.limits().maxInFlightWrites())),
            Map.entry("--max-inflight-bytes", bytes(D.limits().maxInFlightBytes())),
            Map.entry("--write-latency-target", duration(D.limits().writeLatencyTarget())),
            Map.entry("--auth", D.security().auth().name().toLowerCase(Locale.ROOT)),
            Map.entry("--insecure", Boolean.toString(D.security().insecure())),
            Map.entry("--rate-limit", Integer.toString(D.security().ratePerMinute())),
            Map.entry("--compact-within", duration(D.security().compactWithin())));

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        String name = option.longestName();
        if (!FROM_CONFIG.containsKey(name)) {
            return null;
        }
        String env = System.getenv(envName(name));
        return env != null ? env : FROM_CONFIG.get(name);
    }

    /** {@code --max-events} → {@code EARSHOT_MAX_EVENTS}. */
    static String envName(String flag) {
        return "EARSHOT_" + flag.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Whole days as {@code P30D} (what a person writes), anything else as ISO-8601 seconds. */
    private static String duration(Duration d) {
        return d.toSeconds() % 86_400 == 0 && d.toNanosPart() == 0 ? "P" + d.toDays() + "D" : d.toString();
    }

    /** Whole MiB or GiB with their unit, as the help shows them. */
    private static String bytes(long n) {
        if (n > 0 && n % (1L << 30) == 0) {
            return (n >> 30) + "GiB";
        }
        return n > 0 && n % (1L << 20) == 0 ? (n >> 20) + "MiB" : Long.toString(n);
    }
}
