package dev.earshot.analytics;

import java.time.Instant;
import java.util.List;

/** Listens by genre, and each genre's share of the listens of each time bucket ({@code shares} line up with {@code times}). */
public record Genres(Range range, List<Share> distribution, String bucket, List<Instant> times, List<Series> series) {
    public record Share(String genre, long listens, double share) {
    }

    public record Series(String genre, List<Double> shares) {
    }
}
