package dev.earshot.sources;

import dev.earshot.sources.lastfm.LastfmReply;
import dev.earshot.sources.listenbrainz.Replies;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A refusal made before a protocol's own routes run (an unknown Host, a cross-origin page, overload, no such
 * route) in the format the client of that path reads: a scrobbler does not parse Earshot's JSON (Navidrome
 * retries only on a ListenBrainz {@code code} of 500/503; pylast reads {@code <lfm status="failed">}).
 */
public final class ProtocolErrors {
    private static final List<String> LISTENBRAINZ = List.of("/1/", "/apis/listenbrainz/");
    private static final List<String> LASTFM = List.of("/2.0", "/apis/audioscrobbler/");
    private static final List<String> AUDIOSCROBBLER = List.of("/apis/audioscrobbler_legacy");
    /** Where the scrobbler protocols answer: their bodies and their errors are in that protocol's format. */
    public static final List<String> PATHS = Stream.of(LISTENBRAINZ, LASTFM, AUDIOSCROBBLER)
            .flatMap(List::stream).toList();

    private ProtocolErrors() {
    }

    /** A body and its media type. */
    public record Refusal(String contentType, String body) {
    }

    /** The refusal in the format of the protocol at {@code path}; empty for Earshot's own routes. */
    public static Optional<Refusal> of(String path, String query, int status, String message) {
        if (under(LISTENBRAINZ, path)) {
            return Optional.of(new Refusal("application/json", Replies.error(status, message).toString()));
        }
        if (under(LASTFM, path)) {
            boolean json = query != null && query.contains("format=json");
            LastfmReply reply = LastfmReply.error(json, lastfmCode(status), message);
            return Optional.of(new Refusal(reply.contentType, reply.body));
        }
        if (under(AUDIOSCROBBLER, path) || ("/".equals(path) && query != null
                && query.contains("hs=true"))) {
            return Optional.of(new Refusal("text/plain; charset=utf-8", "FAILED " + message + "\n"));
        }
        return Optional.empty();
    }

    private static boolean under(List<String> prefixes, String path) {
        return prefixes.stream().anyMatch(path::startsWith);
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
