package dev.earshot.analytics;

import java.util.List;

/**
 * Artists whose listeners grew most against the previous period; {@code growth} is a fraction of listeners (1.0 =
 * twice as many), {@code rule} says how they are judged.
 */
public record TrendingArtists(Range range, TrendRule rule, List<Item> items) {
    public record Item(String artist, long plays, long previousPlays, double growth, long listeners,
                       long previousListeners) {
    }
}
