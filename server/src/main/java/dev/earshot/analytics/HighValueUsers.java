package dev.earshot.analytics;

import java.util.List;

/** The listeners with the highest value score (see {@link AudienceAnalytics#highValueUsers}). */
public record HighValueUsers(Range range, List<Item> items) {
    public record Item(String userId, double score, long plays, double minutes, double meanEngagement, long activeDays) {
    }
}
