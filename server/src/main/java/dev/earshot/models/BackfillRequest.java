package dev.earshot.models;

import java.time.Instant;

/**
 * What to enrich again: events in [from, to) (null ends mean the first and last stored event), and either
 * every one of them ({@code all}: e.g. to give old events the neighbour genres of a newer co-listening
 * model) or only those not enriched by the current model version (stored with enrichment off, or by an
 * older Earshot).
 */
public record BackfillRequest(Instant from, Instant to, boolean all) {
}
