package dev.earshot.imports;

import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import java.time.Instant;

/**
 * One listen as an export records it, before it becomes events. {@code startedAt} is when the listen began
 * (readers convert: Spotify's {@code ts} is the end). {@code recordKey} identifies the record within its
 * source (stable across re-imports of the same file, e.g. the source's own id or start time + artist +
 * title), so that ids derived from it make a re-import add nothing. Unknown parts are null, never guessed:
 * {@code msPlayed} null when the export has no play duration (YouTube Music), {@code skipped} null when it
 * does not say. {@code country} is ISO 3166-1 alpha-2 or null. {@code ids} carries source identifiers.
 */
public record ImportedListen(ImportFormat source, String recordKey, String artist, String title, String album,
                             Instant startedAt, Long msPlayed, Long durationMs, Boolean skipped,
                             Platform platform, String country, Device device, SourceIds ids) {

    public ImportedListen {
        ids = ids == null ? SourceIds.NONE : ids;
    }

    /** Identifiers a source carries for the recording; any may be null. */
    public record SourceIds(String spotifyUri, String isrc, String recordingMbid, String youtubeVideoId,
                            String appleMusicId) {
        public static final SourceIds NONE = new SourceIds(null, null, null, null, null);
    }
}
