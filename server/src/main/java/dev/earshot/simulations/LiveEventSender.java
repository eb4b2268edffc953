package dev.earshot.simulations;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.EventJsonWriter;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends simulated events to a running server: POST {target}/v1/events as NDJSON in batches of up to 500,
 * paced to a rate in events per second (0 for as fast as the server takes them). Under overload (429, 503)
 * it waits as long as Retry-After says and sends the same batch again; any other 4xx stops the run, since
 * sending more would fail the same way.
 */
public final class LiveEventSender implements EventSink {
    /** Tells the server these events are simulated, so that they are stored with source {@code simulation}. */
    public static final String SOURCE_HEADER = "Earshot-Source";
    public static final int BATCH_SIZE = 500;
    private static final int MAX_SERVER_ERRORS = 5;
    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient client;
    private final URI endpoint;
    private final Pacer pacer;
    private final int batchSize;
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(256 * BATCH_SIZE);
    private final JsonGenerator g;
    private int inBatch;
    private long sent;
    private BatchReply replies = new BatchReply(0, 0, 0);

    public LiveEventSender(HttpClient client, URI target, double eventsPerSecond) throws IOException {
        this.client = client;
        String base = target.toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/v1/events");
        this.pacer = new Pacer(eventsPerSecond);
        // A slow rate sends small batches about once a second, rather than a big one after a long wait.
        this.batchSize = eventsPerSecond > 0 ? (int) Math.max(1, Math.min(BATCH_SIZE, eventsPerSecond)) : BATCH_SIZE;
        this.g = JSON.createGenerator(batch, JsonEncoding.UTF8);
    }

    @Override
    public void accept(ListenEvent event) throws IOException {
        EventJsonWriter.write(event, g);
        g.writeRaw('\n');
        if (++inBatch == batchSize) {
            flushBatch();
        }
    }

    @Override
    public void close() throws IOException {
        if (inBatch > 0) {
            flushBatch();
        }
        g.close();
    }

    /** Events the server has answered for so far. */
    public long sent() {
        return sent;
    }

    /** The server's counts over every batch: accepted, duplicates, rejected. */
    public BatchReply replies() {
        return replies;
    }

    private void flushBatch() throws IOException {
        g.flush();
        byte[] body = batch.toByteArray();
        batch.reset();
        pacer.awaitTurn(sent + inBatch);
        replies = replies.plus(BatchReply.parse(post(body)));
        sent += inBatch;
        inBatch = 0;
    }

    private byte[] post(byte[] body) throws IOException {
        int serverErrors = 0;
        while (true) {
            HttpResponse<byte[]> response = send(body);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response.body();
            }
            if (status == 429 || status == 503) {
                sleep(RetryAfter.of(response));
            } else if (status / 100 == 4) {
                throw new LiveSendException("the server refused a batch with HTTP " + status + " at " + endpoint
                        + "; stopping after " + sent + " events: " + excerpt(response.body()));
            } else if (++serverErrors > MAX_SERVER_ERRORS) {
                throw new LiveSendException("the server failed " + serverErrors + " times in a row (last HTTP " + status
                        + "): " + excerpt(response.body()));
            } else {
                sleep(Duration.ofSeconds(1L << serverErrors));
            }
        }
    }

    private HttpResponse<byte[]> send(byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-ndjson")
                .header(SOURCE_HEADER, "simulation")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new LiveSendException("cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveSendException("interrupted while sending to " + endpoint, e);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveSendException("interrupted while waiting to send", e);
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
