package dev.earshot.stream;

import dev.earshot.store.StoredEvent;

/**
 * One event after dedupe and enrichment: the row the lake stores ({@code stored}, with its insight), and the
 * track's artist as the catalog knows it, for the per-artist counts (the row itself keeps no artist: DESIGN §4).
 */
public record Enriched(StoredEvent stored, String artist) {
}
