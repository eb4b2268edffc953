package dev.earshot.enrich.llm;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Messages API through the official SDK. The SDK's own retries are off ({@code maxRetries(0)}): a retry
 * would hold the worker inside one call and hide the Retry-After that {@link InsightWorker} backs off by. The
 * key also goes in an explicit {@code x-api-key} header, the Messages API's documented authentication: without
 * it this SDK version sends a key that does not look like Anthropic's own as a bearer token instead.
 */
final class ClaudeMessages implements AutoCloseable {
    private final AnthropicClient client;
    private final String model;

    ClaudeMessages(LlmSettings settings) {
        AnthropicOkHttpClient.Builder builder = AnthropicOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .putHeader("x-api-key", settings.apiKey())
                .timeout(settings.timeout())
                .maxRetries(0);
        if (settings.baseUrl() != null) {
            builder.baseUrl(settings.baseUrl());
        }
        this.client = builder.build();
        this.model = settings.model();
    }

    /** Asks about a batch of tracks; throws the SDK's exceptions on HTTP errors, timeouts and bad envelopes. */
    ClaudeReply ask(List<TrackQuestion> tracks) {
        Message m = client.messages().create(InsightPrompt.params(model, tracks));
        String text = m.content().stream().flatMap(c -> c.text().stream()).map(TextBlock::text)
                .collect(Collectors.joining());
        return new ClaudeReply(text, m.usage().inputTokens(), m.usage().outputTokens(),
                m.stopReason().map(StopReason::asString).orElse(null));
    }

    String model() {
        return model;
    }

    @Override
    public void close() {
        client.close();
    }
}
