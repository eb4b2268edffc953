package dev.earshot.cli;

import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.NdjsonEventSink;
import dev.earshot.simulations.BatchReply;
import dev.earshot.simulations.LiveEventSender;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Where `simulate` sends its events: an NDJSON file or stdout, a live server, or both. */
record SimulationSinks(EventSink sink, LiveEventSender live) {

    static SimulationSinks open(String out, URI target, double rate, PrintWriter err) throws IOException {
        LiveEventSender live = target == null ? null : new LiveEventSender(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), target, rate);
        String file = out == null && target == null ? "-" : out;
        EventSink ndjson = file == null ? null : new NdjsonEventSink(stream(file));
        if (live != null && rate > 0) {
            err.printf("simulate: sending to %s at %,.0f events/s%n", target, rate);
        }
        return new SimulationSinks(ndjson == null ? live : live == null ? ndjson : both(ndjson, live), live);
    }

    /** The server's counts, when events went to one. */
    String report() {
        if (live == null) {
            return "";
        }
        BatchReply r = live.replies();
        return String.format("; server: %,d accepted, %,d duplicates, %,d rejected", r.accepted(), r.duplicates(), r.rejected());
    }

    private static OutputStream stream(String file) throws IOException {
        if (!file.equals("-")) {
            return new BufferedOutputStream(new FileOutputStream(file), 1 << 20);
        }
        // Flush stdout at the end but leave it open: it is not ours to close.
        return new FilterOutputStream(System.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static EventSink both(EventSink first, EventSink second) {
        return new EventSink() {
            @Override
            public void accept(ListenEvent event) throws IOException {
                first.accept(event);
                second.accept(event);
            }

            @Override
            public void close() throws IOException {
                try {
                    first.close();
                } finally {
                    second.close();
                }
            }
        };
    }
}
