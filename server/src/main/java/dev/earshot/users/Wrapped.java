package dev.earshot.users;

import dev.earshot.analytics.Range;
import java.util.List;

/**
 * A listener's year (or any range) in review. {@code discoveries}: distinct tracks first played in the range.
 * {@code percentile}: the share of the range's other listeners who listened fewer minutes, 0–100; null when
 * nobody else listened. {@code topTrack}/{@code topArtist} are by minutes, null when nothing was played.
 */
public record Wrapped(String userId, Range range, double minutes, TopTrack topTrack, TopArtist topArtist,
                      List<NamedCount> topGenres, List<NamedCount> topMoods, long discoveries, Double percentile) {

    public record TopTrack(String trackId, String title, String artist, double minutes) {
    }

    public record TopArtist(String artist, double minutes) {
    }
}
