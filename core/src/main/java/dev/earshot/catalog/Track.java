package dev.earshot.catalog;

import java.util.List;

/** A catalog entry. Unknown parts are null (genres empty, features {@link AudioFeatures#NONE}), never guessed. */
public record Track(String id, String title, String artist, String album, Long durationMs, List<String> genres,
                    AudioFeatures features) {

    public Track {
        if (id == null) {
            throw new IllegalArgumentException("a track needs an id");
        }
        genres = genres == null ? List.of() : List.copyOf(genres);
        features = features == null ? AudioFeatures.NONE : features;
    }
}
