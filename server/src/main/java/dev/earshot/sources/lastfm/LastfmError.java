package dev.earshot.sources.lastfm;

/**
 * A Last.fm API error (last.fm/api/errorcodes): 3 invalid method, 4 authentication failed, 6 invalid
 * parameters, 9 invalid session key, 10 invalid API key, 11 service offline, 14/15 token not authorised or
 * expired, 16 temporarily unavailable. The HTTP status follows Last.fm: 403 for auth, 400 for the request,
 * 503 only for what a retry may fix.
 */
final class LastfmError extends RuntimeException {
    final int code;

    LastfmError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int httpStatus() {
        return switch (code) {
            case 4, 9, 10, 13, 14, 15, 26 -> 403;
            case 11, 16 -> 503;
            case 8 -> 500;
            default -> 400;
        };
    }
}
