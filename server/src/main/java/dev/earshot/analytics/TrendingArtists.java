package dev.earshot.analytics;

import java.util.List;

/** Artists whose plays grew most against the previous period; {@code growth} is a fraction (1.0 = +100%). */
public record TrendingArtists(Range range, List<Item> items) {
    public record Item(String artist, long plays, long previousPlays, double growth, long listeners) {
    }
}
