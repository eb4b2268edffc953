package dev.earshot.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Small or new artists growing fast (see {@link ArtistTrends#emerging}); {@code first_seen} is their first play
 * in the warehouse, {@code growth} a damped fraction of listeners; {@code rule} says how they are judged.
 */
public record EmergingArtists(Range range, TrendRule rule, List<Item> items) {
    public record Item(String artist, Instant firstSeen, long plays, long previousPlays, double growth, long listeners,
                       long previousListeners) {
    }
}
