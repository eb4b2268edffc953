package dev.earshot.sources;

import dev.earshot.catalog.TrackIdentity;
import dev.earshot.event.TrackMetadata;
import java.util.List;

/**
 * A track as a scrobbler names it: artist and title (required), album, duration and a MusicBrainz recording id
 * when the client knows them. Its identity is {@link TrackIdentity} of artist and title, the same a history
 * import gives, so a scrobbled listen and an imported one are the same track.
 */
public record Song(String artist, String title, String album, Long durationMs, String recordingMbid) {

    public String trackId() {
        return TrackIdentity.of(artist, title);
    }

    /** The catalog facts the listen carries inline, so that the catalog learns the song's names. */
    public TrackMetadata metadata() {
        return new TrackMetadata(title, artist, blankToNull(album), durationMs, List.of(), null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
