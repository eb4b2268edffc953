package dev.earshot.enrich;

import java.util.List;

/** A track's likely genres, most likely first, and where the guess came from. */
public record GenrePrediction(List<GenreProbability> genres, Source source) {
    public GenrePrediction {
        genres = List.copyOf(genres);
    }
}
