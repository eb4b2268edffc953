package dev.earshot.simulations;

import java.net.http.HttpResponse;
import java.time.Duration;

/** How long an overloaded server asks us to wait: Retry-After in seconds, 1 s when absent or unreadable. */
final class RetryAfter {
    private static final Duration DEFAULT = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofMinutes(5);

    private RetryAfter() {
    }

    static Duration of(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(RetryAfter::parse).orElse(DEFAULT);
    }

    static Duration parse(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? DEFAULT : Duration.ofSeconds(Math.min(seconds, MAX.toSeconds()));
        } catch (NumberFormatException e) {
            // An HTTP date is allowed too; we do not compare clocks with the server and wait the default.
            return DEFAULT;
        }
    }
}
