package dev.earshot.simulate;

import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.Mood;
import java.time.LocalDate;
import java.util.Map;

/**
 * A track of the simulated world with its true genre and audio features, its id on each simulated platform,
 * and the inline metadata events carry when a scenario sends it. {@code labelledMood} is the mood a human
 * annotator gave it: drawn from the features as the annotator perceived them, with noise the features do not
 * carry, so a model that reads the features cannot simply read the label back (people disagree on mood).
 */
public record SimTrack(int index, SimArtist artist, Genre genre, AudioProfile audio, long durationMs,
                       LocalDate released, String title, String album, double popularity,
                       Map<Platform, String> ids, TrackMetadata metadata, Mood labelledMood) {

    /** The track's true mood: its annotator's label, the truth mood models are measured against. */
    public Mood mood() {
        return labelledMood;
    }

    public String id(Platform platform) {
        return ids.get(platform);
    }
}
