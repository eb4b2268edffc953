package dev.earshot.sources;

import dev.earshot.web.ApiException;
import dev.earshot.web.BodyReader;
import io.javalin.http.Context;

/**
 * Reads a scrobbler's request body with the API's reader (the same limit, the same drain before a 413), any
 * Content-Type or none, and turns a refusal into the protocol-neutral one each protocol renders in its format.
 */
public final class Bodies {
    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        try {
            return BodyReader.read(ctx, maxBytes);
        } catch (ApiException e) {
            throw new RefusedException(e.status(), e.getMessage());
        }
    }
}
