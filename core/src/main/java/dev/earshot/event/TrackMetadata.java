package dev.earshot.event;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Optional catalog facts sent inline with an event. Unknown parts stay null (or empty), never guessed.
 * Audio features use Spotify's names and scales (0..1 for most, tempo in BPM, loudness in dB).
 */
public record TrackMetadata(String title, String artist, String album, Long durationMs,
                            List<String> genres, Map<String, Double> audioFeatures) {
    public TrackMetadata {
        genres = genres == null ? List.of() : List.copyOf(genres);
        // Sorted so that the same event always writes the same bytes.
        audioFeatures = audioFeatures == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(audioFeatures));
    }
}
