package dev.earshot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The most played tracks of a range, with their rank in the previous period (null when they were not in it) and
 * the change of the ranking metric against it in percent (null when there is nothing to compare with).
 */
public record TopTracks(Range range, String by, List<Item> items) {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(int rank, String trackId, String title, String artist, long plays, double minutes,
                       Integer previousRank, Double changePct) {
    }
}
