package dev.earshot.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits write requests before their body is read: at most {@code maxRequests} at once and at most
 * {@code maxBytes} of declared bodies (a body of unknown length counts as the largest allowed). The excess is
 * answered 503 with Retry-After at once, so overload is shed rather than queued, and reads ({@code GET}: health,
 * metrics, the dashboard) never wait behind ingest. It sits on the raw Jetty request, in front of the routes,
 * because a Javalin before-handler runs only once a thread has been committed to the request.
 */
final class InFlightGate extends Handler.Wrapper {
    private static final byte[] REFUSAL = ("{\"error\":{\"code\":\"overloaded\",\"message\":\"the server is taking"
            + " in as many writes as it can; retry after the time in Retry-After\",\"details\":[]}}")
            .getBytes(StandardCharsets.UTF_8);

    private final int maxRequests;
    private final long maxBytes;
    private final long unknownLengthBytes;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    InFlightGate(int maxRequests, long maxBytes, long unknownLengthBytes) {
        this.maxRequests = maxRequests;
        this.maxBytes = maxBytes;
        this.unknownLengthBytes = unknownLengthBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) || HttpMethod.OPTIONS.is(method)) {
            return super.handle(request, response, callback);
        }
        long length = request.getLength();
        long cost = length < 0 ? unknownLengthBytes : length;
        if (!tryAcquire(cost)) {
            refuse(request, response, callback);
            return true;
        }
        Runnable release = new Once(() -> release(cost));
        boolean handled;
        try {
            handled = super.handle(request, response, Callback.from(callback, release));
        } catch (Throwable t) {
            release.run();
            throw t;
        }
        if (!handled) {
            release.run();
        }
        return handled;
    }

    private boolean tryAcquire(long cost) {
        if (requests.incrementAndGet() > maxRequests) {
            requests.decrementAndGet();
            return false;
        }
        // A single request larger than the whole byte budget is still admitted when nothing else is in flight;
        // the body limit (413) then decides about it.
        long after = bytes.addAndGet(cost);
        if (after > maxBytes && after != cost) {
            release(cost);
            return false;
        }
        return true;
    }

    private void release(long cost) {
        bytes.addAndGet(-cost);
        requests.decrementAndGet();
    }

    int inFlightRequests() {
        return requests.get();
    }

    private static void refuse(Request request, Response response, Callback callback) {
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(dev.earshot.sources.Transient.RETRY_AFTER_SECONDS));
        var protocol = dev.earshot.sources.ProtocolErrors.of(request.getHttpURI().getPath(),
                request.getHttpURI().getQuery(), 503, "the server is taking in as many writes as it can; retry shortly");
        byte[] body = protocol.map(p -> p.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElse(REFUSAL);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, protocol.map(p -> p.contentType()).orElse("application/json"));
        // The body is never read: close the connection so its remaining bytes are not parsed as a next request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
    }

    /** Releases a slot exactly once, whichever of completion, failure or an early return comes first. */
    private static final class Once implements Runnable {
        private final Runnable action;
        private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

        Once(Runnable action) {
            this.action = action;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        }
    }
}
