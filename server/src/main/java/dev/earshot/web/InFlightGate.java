package dev.earshot.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Admits write requests before their body is read, so that an admitted one is answered within the latency target
 * and memory stays bounded; the excess is answered 503 with Retry-After at once, shed rather than queued. Reads
 * ({@code GET}: health, metrics, the dashboard) pass untouched and never wait behind ingest.
 *
 * <p>A write request goes through three stages. <em>Admitted</em>: its declared length (a body of unknown length
 * counts as the largest allowed) fits the {@link WriteCapacity} budget beside the requests being processed and
 * those still arriving. <em>Arriving</em>: its body is read without a thread (Jetty's eager content loading), so
 * slow uploads hold no thread; one that has not arrived within {@link #SLOW_AFTER_NANOS} stops counting against the
 * budget (it is a slow client, not work) and is left to the minimum data rate and idle timeout. Slow uploads have a
 * pool of their own, {@code maxSlowBytes} of declared bodies (what they may come to hold in memory); one that turns
 * slow when that pool is full goes on counting against the budget, so memory stays bounded by the two. <em>Processing</em>:
 * the body is in; at most {@code maxProcessing} at once (each holds a thread until its commit) and, for a slow one
 * arriving late, only if the budget still has room. The gate sits on the raw Jetty request, in front of the routes,
 * because a Javalin before-handler runs only once a thread has been committed to the request.
 */
final class InFlightGate extends Handler.Wrapper {
    /** A body not in within this time is a slow upload: it no longer takes the budget of fast requests. */
    static final long SLOW_AFTER_NANOS = 1_000_000_000L;
    /** What each retained piece of a body counts for, beyond its bytes, against the body limit while it arrives. */
    static final int RETAINED_PIECE_BYTES = 1024;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = ApiJson.mapper();
    static final String OVERLOADED = "the server is taking in as many writes as it can; retry after the time in"
            + " Retry-After";

    private final int maxProcessing;
    private final long maxSlowBytes;
    private final long unknownLengthBytes;
    private final WriteCapacity capacity;
    private final Deque<Ticket> arriving = new ArrayDeque<>();
    private final Arrival arrival = new Arrival();
    private int processing;
    private long processingBytes;
    private long arrivingBytes;
    private long slowBytes;

    /**
     * {@code maxProcessing}: write requests processed at once; {@code unknownLengthBytes}: what a body of unknown
     * length counts for (the body limit); {@code maxBodyBytes}: bodies up to it are read in full before a thread
     * takes the request; {@code maxSlowBytes}: declared bodies of slow uploads held at once.
     */
    InFlightGate(int maxProcessing, long unknownLengthBytes, long maxBodyBytes, long maxSlowBytes,
                 WriteCapacity capacity) {
        this.maxProcessing = maxProcessing;
        this.maxSlowBytes = maxSlowBytes;
        this.unknownLengthBytes = unknownLengthBytes;
        this.capacity = capacity;
        // Bodies are read before any thread runs the route; one over the limit is handed on once past it, so that
        // the body reader answers it 413. The arrival handler then marks the request as processing. Each retained
        // piece of a body keeps a network buffer (8 KiB) alive, so a body sent in tiny pieces counts
        // RETAINED_PIECE_BYTES a piece: it is handed on (to be read on a thread, within the processing limit) long
        // before its pieces pin more than a few times the body limit. A body arriving in full buffers counts ~1/8 more.
        super.setHandler(new EagerContentHandler(arrival, new EagerContentHandler.RetainedContentLoaderFactory(
                maxBodyBytes + 1, RETAINED_PIECE_BYTES, false)));
    }

    @Override
    public void setHandler(Handler handler) {
        arrival.setHandler(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) || HttpMethod.OPTIONS.is(method)) {
            return arrival.getHandler().handle(request, response, callback);
        }
        long length = request.getLength();
        Ticket ticket = admit(length < 0 ? unknownLengthBytes : length);
        if (ticket == null) {
            refuse(request, response, callback, "overloaded", OVERLOADED);
            return true;
        }
        request.setAttribute(Ticket.class.getName(), ticket);
        Callback released = Callback.from(callback, ticket::end);
        boolean handled;
        try {
            handled = super.handle(request, response, released);
        } catch (Throwable t) {
            ticket.end();
            throw t;
        }
        if (!handled) {
            ticket.end();
        }
        return handled;
    }

    /**
     * A ticket for a request of {@code cost} bytes, or null when it does not fit now. Bodies arriving for longer than
     * {@link #SLOW_AFTER_NANOS} move to the slow pool while it has room; the others stay in the budget (the minimum
     * data rate and idle timeout end them).
     */
    private synchronized Ticket admit(long cost) {
        long now = System.nanoTime();
        for (Ticket t; (t = arriving.peekFirst()) != null && now - t.admittedAt >= SLOW_AFTER_NANOS; ) {
            arriving.removeFirst();
            if (t.stage == Stage.ARRIVING && slowBytes + t.cost <= maxSlowBytes) {
                arrivingBytes -= t.cost;
                t.stage = Stage.SLOW;
                slowBytes += t.cost;
            }
        }
        long taken = processingBytes + arrivingBytes;
        // With nothing else taken, one request is admitted whatever its size: the body limit (413) decides about it.
        if (taken > 0 && taken + cost > capacity.budget()) {
            return null;
        }
        Ticket ticket = new Ticket(cost, now);
        arrivingBytes += cost;
        arriving.addLast(ticket);
        return ticket;
    }

    /** The body is in: the request becomes work, if it still fits (a slow one may find the budget taken). */
    private synchronized boolean arrived(Ticket t) {
        if (t.stage == Stage.SLOW && processingBytes > 0 && processingBytes + t.cost > capacity.budget()
                || processing >= maxProcessing) {
            return false;
        }
        if (t.stage == Stage.ARRIVING) {
            arrivingBytes -= t.cost;
        } else {
            slowBytes -= t.cost;
        }
        t.stage = Stage.PROCESSING;
        processing++;
        processingBytes += t.cost;
        if (t.cost > 0) {
            // A bodiless write (a model rebuild, say) takes time but no budget: it must not read as a slow server.
            capacity.processingStarted();
        }
        return true;
    }

    private synchronized void ended(Ticket t) {
        switch (t.stage) {
            case ARRIVING -> arrivingBytes -= t.cost;
            case SLOW -> slowBytes -= t.cost;
            case PROCESSING -> {
                processing--;
                processingBytes -= t.cost;
                if (t.cost > 0) {
                    capacity.processingEnded(t.cost);
                }
            }
            default -> {
            }
        }
        t.stage = Stage.ENDED;
    }

    /** Write requests being processed now (their body in, their answer not yet sent). */
    synchronized int processing() {
        return processing;
    }

    /**
     * 503 with Retry-After, in the API's JSON or the scrobbler protocol's own format, written on the raw request
     * (no route has run, so nothing of it was stored); also the answer of a server that is shutting down.
     */
    static void refuse(Request request, Response response, Callback callback, String code, String message) {
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(dev.earshot.sources.Transient.RETRY_AFTER_SECONDS));
        var protocol = dev.earshot.sources.ProtocolErrors.of(request.getHttpURI().getPath(),
                request.getHttpURI().getQuery(), 503, message);
        byte[] body = protocol.map(p -> p.body().getBytes(StandardCharsets.UTF_8)).orElseGet(() -> JSON
                .valueToTree(ErrorBody.of(code, message, List.of())).toString().getBytes(StandardCharsets.UTF_8));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, protocol.map(p -> p.contentType()).orElse("application/json"));
        // The body is never read: close the connection so its remaining bytes are not parsed as a next request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private enum Stage { ARRIVING, SLOW, PROCESSING, ENDED }

    /** One admitted write request's place in the gate; guarded by the gate's lock. */
    private final class Ticket {
        final long cost;
        final long admittedAt;
        Stage stage = Stage.ARRIVING;
        private final AtomicBoolean done = new AtomicBoolean();

        Ticket(long cost, long admittedAt) {
            this.cost = cost;
            this.admittedAt = admittedAt;
        }

        /** Exactly once, whichever of completion, failure or an early return comes first. */
        void end() {
            if (done.compareAndSet(false, true)) {
                ended(this);
            }
        }
    }

    /** Runs once a write's body is in (or a read, directly): marks it processing, or refuses it. */
    private final class Arrival extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (request.getAttribute(Ticket.class.getName()) instanceof Ticket ticket && !arrived(ticket)) {
                refuse(request, response, callback, "overloaded", OVERLOADED);
                return true;
            }
            return super.handle(request, response, callback);
        }
    }
}
