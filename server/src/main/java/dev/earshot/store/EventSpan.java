package dev.earshot.store;

import java.time.Instant;

/** The earliest and latest event timestamp stored. */
public record EventSpan(Instant first, Instant last) {
}
