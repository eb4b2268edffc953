package dev.earshot.analytics;

import java.time.Instant;

/** The half-open time range {@code [from, to)} an answer covers, echoed in every answer. */
public record Range(Instant from, Instant to) {
}
