package dev.earshot.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads a request body up to a limit, refusing a larger one with 413 before reading it all. */
final class BodyReader {
    private BodyReader() {
    }

    static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared >= 0) {
                // The length is known: read straight into an array of exactly that size.
                byte[] body = new byte[(int) declared];
                int read = in.readNBytes(body, 0, body.length);
                if (read < body.length) {
                    throw new ApiException(400, "truncated_body", "the body ended after " + read + " of the "
                            + body.length + " bytes its Content-Length announced");
                }
                return body;
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            // The client went away, or was cut off for sending too slowly: its fault, not a server failure.
            throw new ApiException(400, "body_not_received", "the request body did not arrive in full (the"
                    + " connection closed, stalled or was slower than the server's minimum rate)");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body_too_large", "the request body is larger than " + maxBytes
                + " bytes; split it into several requests", List.of(Map.of("max_bytes", maxBytes)));
    }
}
