package dev.earshot.enrich;

import java.util.List;

/**
 * A track's genres, most likely first, with where they came from: {@link Source#CATALOG} (the catalog says
 * so) or {@link Source#NEIGHBOURS} (voted by co-listened tracks whose genres are known). {@code neighbours}
 * is how many labelled neighbours voted (0 for the catalog), so a reader can tell a guess from two tracks
 * from one from fifty.
 */
public record GenrePrediction(List<GenreProbability> genres, Source source, int neighbours) {

    public GenrePrediction {
        genres = List.copyOf(genres);
        if (genres.isEmpty()) {
            throw new IllegalArgumentException("a prediction names at least one genre; say nothing instead");
        }
    }

    /** The most likely genre. */
    public GenreProbability top() {
        return genres.get(0);
    }
}
