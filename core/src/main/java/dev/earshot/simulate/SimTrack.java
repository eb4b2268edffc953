package dev.earshot.simulate;

import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.Mood;
import java.time.LocalDate;
import java.util.Map;

/**
 * A track of the simulated world with its true genre and audio features, its id on each simulated platform,
 * and the inline metadata events carry when a scenario sends it.
 */
public record SimTrack(int index, SimArtist artist, Genre genre, AudioProfile audio, long durationMs,
                       LocalDate released, String title, String album, double popularity,
                       Map<Platform, String> ids, TrackMetadata metadata) {

    public Mood mood() {
        return audio.mood();
    }

    public String id(Platform platform) {
        return ids.get(platform);
    }
}
