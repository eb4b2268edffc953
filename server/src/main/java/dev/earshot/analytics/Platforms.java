package dev.earshot.analytics;

import java.util.List;

/** Events, listeners and minutes per platform; {@code share} is the platform's share of the events. */
public record Platforms(Range range, List<Item> items) {
    public record Item(String platform, long events, long listeners, double minutes, double share) {
    }
}
