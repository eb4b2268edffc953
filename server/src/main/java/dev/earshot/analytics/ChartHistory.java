package dev.earshot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Weekly track charts by plays: the #1 of each week (null for a week without plays), and for every track that
 * made the top of some week its rank in each week ({@code ranks} line up with {@code weeks}; null = not charted).
 */
public record ChartHistory(List<Week> weeks, List<Track> series) {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Week(Instant weekStart, NumberOne numberOne) {
    }

    public record NumberOne(String trackId, String title, String artist, long plays) {
    }

    public record Track(String trackId, String title, String artist, List<Integer> ranks) {
    }
}
