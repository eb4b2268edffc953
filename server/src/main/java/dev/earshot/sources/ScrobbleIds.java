package dev.earshot.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Event ids made from what a listen is (listener, track, start second), never from the request, so that a
 * retried or resubmitted listen (Jellyfin resubmits its offline cache) gets the same ids and is stored once,
 * whichever protocol brought it.
 */
final class ScrobbleIds {
    private ScrobbleIds() {
    }

    /** The id of a listen's {@code kind} event ("play", "complete", "skip"). */
    static String listen(String userId, String trackId, Instant startedAt, String kind) {
        return "scr_" + hash(userId, trackId, Long.toString(startedAt.getEpochSecond())) + "_" + kind;
    }

    /** The id of an event the client reports as it happens (now playing, pause, resume, like) at {@code at}. */
    static String moment(String userId, String trackId, Instant at, String kind) {
        return "now_" + hash(userId, trackId, Long.toString(at.toEpochMilli())) + "_" + kind;
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
