package dev.earshot.models;

import java.time.Instant;

/**
 * What to enrich again: events in [from, to) (null ends mean the first and last stored event), and either
 * every one of them ({@code all}: e.g. to give old events the neighbour genres of a newer co-listening
 * model) or only those not enriched by the current model version (stored with enrichment off, or by an
 * older Earshot).
 */
public record BackfillRequest(Instant from, Instant to, boolean all) {
    /** Years 0001 to 9999, as everywhere a client names an instant. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public BackfillRequest {
        check("from", from);
        check("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    private static void check(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new IllegalArgumentException(field + " must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z");
        }
    }
}
