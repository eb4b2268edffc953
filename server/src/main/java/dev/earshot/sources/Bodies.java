package dev.earshot.sources;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a scrobbler's request body up to the server's body limit (413 beyond it); any Content-Type, or none. */
public final class Bodies {
    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new RefusedException(400, "the request body did not arrive in full");
        }
    }

    private static RefusedException tooLarge(long maxBytes) {
        return new RefusedException(413, "the request body is larger than " + maxBytes + " bytes");
    }
}
