package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.app.EarshotConfig;
import dev.earshot.enrich.llm.LlmSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void leavesClaudeOffWithoutAnApiKey() {
        ServeCommand serve = parse(null);
        assertThat(serve.config().llm()).isNull();
    }

    @Test
    void turnsClaudeOnWithAnApiKeyAndTheLlmFlags() {
        ServeCommand serve = parse("test-key-not-real", "--llm-budget-usd", "2.5", "--llm-rate", "10",
                "--llm-base-url", "http://127.0.0.1:1");
        LlmSettings llm = serve.config().llm();
        assertThat(llm.model()).isEqualTo(LlmSettings.DEFAULT_MODEL);
        assertThat(llm.budgetUsdPerDay()).isEqualTo(2.5);
        assertThat(llm.requestsPerMinute()).isEqualTo(10);
        assertThat(llm.baseUrl()).isEqualTo("http://127.0.0.1:1");
        assertThat(serve.config().toString()).doesNotContain("test-key-not-real");
    }

    @Test
    void waitsForTheCommitAsLongAsTheAckTimeoutSays() {
        assertThat(parse(null, "--ack-timeout", "PT5S").config().ackTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void defaultsAreThoseOfTheConfig() {
        EarshotConfig cli = parse(null, "--db", "x.duckdb").config();
        EarshotConfig defaults = EarshotConfig.defaults(Path.of("x.duckdb"));
        assertThat(cli.ackTimeout()).isEqualTo(defaults.ackTimeout());
        assertThat(cli.writer()).isEqualTo(defaults.writer());
        assertThat(cli.validation()).isEqualTo(defaults.validation());
        assertThat(cli.maxBodyBytes()).isEqualTo(defaults.maxBodyBytes());
        assertThat(cli.maxEventsPerRequest()).isEqualTo(defaults.maxEventsPerRequest());
        assertThat(cli.dedupeMaxResidentIds()).isEqualTo(defaults.dedupeMaxResidentIds());
        assertThat(cli.modelRebuildInterval()).isEqualTo(defaults.modelRebuildInterval());
        assertThat(cli.modelWindow()).isEqualTo(defaults.modelWindow());
        assertThat(cli.host()).isEqualTo(defaults.host());
        assertThat(cli.port()).isEqualTo(defaults.port());
        assertThat(cli.demo()).isEqualTo(defaults.demo());
        assertThat(cli.enrich()).isEqualTo(defaults.enrich());
        assertThat(cli.limits().minFreeDiskBytes()).isEqualTo(defaults.limits().minFreeDiskBytes());
        assertThat(cli.limits().maxInFlightWrites()).isEqualTo(defaults.limits().maxInFlightWrites());
        assertThat(cli.limits().maxInFlightBytes()).isEqualTo(defaults.limits().maxInFlightBytes());
        assertThat(cli.security()).isEqualTo(defaults.security());
        assertThat(cli.kafka()).isNull();
    }

    @Test
    void theHelpShowsTheConfigsDefaultsAndAFlagStillOverridesThem() {
        String help = new CommandLine(new ServeCommand()).getUsageMessage();
        assertThat(help).contains("Default: P30D", "Default: PT30S", "Default: 1GiB", "Default: 64MiB", "Default: 127.0.0.1");
        assertThat(parse(null, "--no-enrich", "--max-inflight-bytes", "2MiB", "--port", "0").config())
                .satisfies(c -> assertThat(c.enrich()).isFalse())
                .satisfies(c -> assertThat(c.limits().maxInFlightBytes()).isEqualTo(2L << 20))
                .satisfies(c -> assertThat(c.port()).isZero());
        assertThat(ServeDefaults.envName("--max-inflight-bytes")).isEqualTo("EARSHOT_MAX_INFLIGHT_BYTES");
    }

    @Test
    void servesALakeOnlyAsItIsWithoutASinkOrTheDemo(@TempDir Path lake) {
        assertThat(parse(null).lakeSettings()).isNull();
        assertThat(parse(null, "--lake", lake.toString()).lakeSettings().dir()).isEqualTo(lake);
        assertThatThrownBy(() -> parse(null, "--lake", lake.toString(), "--sink", "kafka").lakeSettings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sink kafka");
        assertThatThrownBy(() -> parse(null, "--lake", lake.toString(), "--demo").lakeSettings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--demo");
        assertThatThrownBy(() -> parse(null, "--lake-models", "models.json").lakeSettings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--lake");
        assertThatThrownBy(() -> parse(null, "--lake", lake.resolve("missing").toString()).lakeSettings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the lake's folder");
    }

    private static ServeCommand parse(String apiKey, String... args) {
        ServeCommand serve = new ServeCommand();
        serve.anthropicApiKey = apiKey;
        new CommandLine(serve).parseArgs(args);
        return serve;
    }
}
