package dev.earshot.event;

import java.time.Duration;
import java.time.Instant;

/**
 * The configurable edges of validation: how far into the future a timestamp may be (client clocks run
 * ahead), and the earliest accepted timestamp (anything before is a zeroed or broken clock).
 */
public record ValidationRules(Duration maxFutureSkew, Instant earliest) {
    public static final ValidationRules DEFAULT =
            new ValidationRules(Duration.ofMinutes(5), Instant.parse("2000-01-01T00:00:00Z"));

    public ValidationRules {
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must not be negative");
        }
    }
}
