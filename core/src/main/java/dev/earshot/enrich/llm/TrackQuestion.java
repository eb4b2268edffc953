package dev.earshot.enrich.llm;

import dev.earshot.catalog.Track;

/** What Claude is told about one track: only its title, artist and album (album may be null). */
public record TrackQuestion(String trackId, String title, String artist, String album) {

    /** The question for a catalog entry, or null when it lacks the title or artist a model could know it by. */
    static TrackQuestion of(Track track) {
        if (track == null || isBlank(track.title()) || isBlank(track.artist())) {
            return null;
        }
        return new TrackQuestion(track.id(), track.title(), track.artist(), track.album());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
