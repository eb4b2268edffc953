package dev.earshot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The most played artists of a range, with previous-period rank and change, as {@link TopTracks}. */
public record TopArtists(Range range, String by, List<Item> items) {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(int rank, String artist, long plays, double minutes, Integer previousRank, Double changePct) {
    }
}
