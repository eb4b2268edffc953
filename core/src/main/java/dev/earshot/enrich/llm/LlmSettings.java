package dev.earshot.enrich.llm;

import java.time.Duration;

/**
 * How the optional Claude provider runs: which model, where (null base URL: Anthropic's), how fast
 * ({@code requestsPerMinute}), how dear ({@code budgetUsdPerDay}, estimated from the usage Claude reports at
 * the given prices per million tokens), how many tracks per call, how long one call may take, and how many
 * tracks may wait. The API key is never printed: {@link #toString()} leaves it out.
 */
public record LlmSettings(String apiKey, String model, String baseUrl, double budgetUsdPerDay, int requestsPerMinute,
                          double inputUsdPerMTok, double outputUsdPerMTok, int batchSize, Duration timeout,
                          int queueCapacity) {
    public static final String DEFAULT_MODEL = "claude-haiku-4-5";
    static final int DEFAULT_BATCH = 20;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_QUEUE = 10_000;

    public LlmSettings {
        require(apiKey != null && !apiKey.isBlank(), "the Claude provider needs an API key");
        require(model != null && !model.isBlank(), "the Claude provider needs a model");
        require(budgetUsdPerDay >= 0, "the LLM budget must not be negative");
        require(requestsPerMinute > 0, "the LLM rate must be at least one request a minute");
        require(inputUsdPerMTok >= 0 && outputUsdPerMTok >= 0, "LLM prices must not be negative");
        require(batchSize > 0 && queueCapacity >= batchSize, "the LLM queue must hold at least one batch");
        require(timeout.toMillis() > 0, "the LLM timeout must be positive");
    }

    /** The settings a server runs with: tuning beyond model, budget, rate and prices at its defaults. */
    public static LlmSettings of(String apiKey, String model, String baseUrl, double budgetUsdPerDay,
                                 int requestsPerMinute, double inputUsdPerMTok, double outputUsdPerMTok) {
        return new LlmSettings(apiKey, model, baseUrl, budgetUsdPerDay, requestsPerMinute, inputUsdPerMTok,
                outputUsdPerMTok, DEFAULT_BATCH, DEFAULT_TIMEOUT, DEFAULT_QUEUE);
    }

    @Override
    public String toString() {
        return "LlmSettings[model=" + model + ", baseUrl=" + baseUrl + ", budgetUsdPerDay=" + budgetUsdPerDay
                + ", requestsPerMinute=" + requestsPerMinute + ", batchSize=" + batchSize + "]";
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
