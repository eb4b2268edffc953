package dev.earshot.sources;

import dev.earshot.catalog.TrackIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * ListenBrainz names a recording it has no MusicBrainz id for by an MSID, a UUID; clients keep it and send it
 * back (Pano Scrobbler's love button). Ours carries the track identity's 16 hex digits, so it reads back
 * to the track without any table; a track with another kind of id gets a name-based UUID.
 */
public final class Msids {
    private static final String PREFIX = "ea500000-0000-4000-";

    private Msids() {
    }

    public static String of(String trackId) {
        if (trackId.startsWith(TrackIdentity.PREFIX) && trackId.length() == TrackIdentity.PREFIX.length() + 16) {
            String hex = trackId.substring(TrackIdentity.PREFIX.length());
            return PREFIX + hex.substring(0, 4) + "-" + hex.substring(4);
        }
        return UUID.nameUUIDFromBytes(trackId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The track an MSID of ours names. */
    public static Optional<String> trackId(String msid) {
        if (msid == null || msid.length() != 36 || !msid.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hex = msid.substring(PREFIX.length(), PREFIX.length() + 4) + msid.substring(PREFIX.length() + 5);
        return hex.matches("[0-9a-f]{16}") ? Optional.of(TrackIdentity.PREFIX + hex) : Optional.empty();
    }
}
