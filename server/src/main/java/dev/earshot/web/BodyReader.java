package dev.earshot.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads a request body up to a limit, refusing a larger one with 413 without keeping it. */
public final class BodyReader {
    /**
     * A body announced over the limit but under this size is read and thrown away before the 413 goes out.
     * Answering while the client is still sending makes the server close a connection with unread bytes in it;
     * the client's socket then sees a reset and many clients (Java's HttpClient, requests) report that instead
     * of the 413. Larger bodies are refused at once: draining them would cost more than a lost answer.
     */
    private static final long DRAIN_AT_MOST = 64L * 1024 * 1024;

    private BodyReader() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= DRAIN_AT_MOST) {
                drain(ctx);
            }
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
                drainAtMost(in, DRAIN_AT_MOST);
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            // The client went away, or was cut off for sending too slowly: its fault, not a server failure.
            throw new ApiException(400, "body_not_received", "the request body did not arrive in full (the"
                    + " connection closed, stalled or was slower than the server's minimum rate)");
        }
    }

    private static void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            drainAtMost(in, DRAIN_AT_MOST);
        } catch (IOException e) {
            // The client stopped sending: it gets the 413 if it still listens.
        }
    }

    private static void drainAtMost(InputStream in, long bytes) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = bytes;
        int read;
        while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= read;
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "body_too_large", "the request body is larger than " + maxBytes
                + " bytes; split it into several requests", List.of(Map.of("max_bytes", maxBytes)));
    }
}
