package dev.earshot.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Small or new artists growing fast (see {@link ArtistTrends#emerging}); {@code first_seen} is their first play
 * in the warehouse, {@code growth} a damped fraction.
 */
public record EmergingArtists(Range range, List<Item> items) {
    public record Item(String artist, Instant firstSeen, long plays, long previousPlays, double growth, long listeners) {
    }
}
