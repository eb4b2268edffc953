package dev.earshot.sources;

import dev.earshot.sources.lastfm.LastfmReply;
import dev.earshot.sources.listenbrainz.Replies;
import java.util.Optional;

/**
 * A refusal made before a protocol's own routes run (an unknown Host, a cross-origin page, overload, no such
 * route) in the format the client of that path reads: a scrobbler does not parse Earshot's JSON (Navidrome
 * retries only on a ListenBrainz {@code code} of 500/503; pylast reads {@code <lfm status="failed">}).
 */
public final class ProtocolErrors {
    private ProtocolErrors() {
    }

    /** A body and its media type. */
    public record Refusal(String contentType, String body) {
    }

    /** The refusal in the format of the protocol at {@code path}; empty for Earshot's own routes. */
    public static Optional<Refusal> of(String path, String query, int status, String message) {
        if (path.startsWith("/1/") || path.startsWith("/apis/listenbrainz/")) {
            return Optional.of(new Refusal("application/json", Replies.error(status, message).toString()));
        }
        if (path.startsWith("/2.0") || path.startsWith("/apis/audioscrobbler/")) {
            boolean json = query != null && query.contains("format=json");
            LastfmReply reply = LastfmReply.error(json, lastfmCode(status), message);
            return Optional.of(new Refusal(reply.contentType, reply.body));
        }
        if (path.startsWith("/apis/audioscrobbler_legacy") || ("/".equals(path) && query != null
                && query.contains("hs=true"))) {
            return Optional.of(new Refusal("text/plain; charset=utf-8", "FAILED " + message + "\n"));
        }
        return Optional.empty();
    }

    /** Last.fm's error codes: 16 "temporarily unavailable, try again" is the one clients retry. */
    private static int lastfmCode(int status) {
        return switch (status) {
            case 401, 403, 421 -> 4;
            case 400, 404, 405, 413, 415 -> 6;
            case 429 -> 29;
            case 503, 507 -> 16;
            default -> 8;
        };
    }
}
