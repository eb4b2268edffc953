package dev.earshot.recommendations;

import java.util.List;

/** The answer of GET /v1/users/{id}/recommendations: which model answered, and its tracks best first. */
public record UserRecommendations(String userId, String model, List<Item> items) {
    public UserRecommendations {
        items = List.copyOf(items);
    }

    /** A recommended track with its catalog title and artist (null when unknown) and the reasons in words. */
    public record Item(String trackId, String title, String artist, double score, List<String> reasons) {
        public Item {
            reasons = List.copyOf(reasons);
        }
    }
}
