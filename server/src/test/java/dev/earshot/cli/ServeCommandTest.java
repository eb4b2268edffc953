package dev.earshot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.llm.LlmSettings;
import org.junit.jupiter.api.Test;
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

    private static ServeCommand parse(String apiKey, String... args) {
        ServeCommand serve = new ServeCommand();
        serve.anthropicApiKey = apiKey;
        new CommandLine(serve).parseArgs(args);
        return serve;
    }
}
