package dev.earshot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.Device;
import dev.earshot.event.EventJsonWriter;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Location;
import dev.earshot.event.Platform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Realistic, seeded events for benchmarks: every optional field a real client sends, unique ids. */
final class BenchEvents {
    private static final EventType[] TYPES = {EventType.PLAY, EventType.PLAY, EventType.SKIP, EventType.PAUSE,
        EventType.COMPLETE, EventType.LIKE, EventType.SHARE};
    private static final Location[] PLACES = {new Location("US", "CA", "San Francisco"), new Location("GB", null, "London"),
        new Location("DE", "Berlin", "Berlin"), new Location("BR", "SP", "São Paulo"), new Location("JP", null, "Tokyo")};

    private final SplittableRandom random;
    private final Instant start;
    private final String runId;

    BenchEvents(long seed, Instant start, String runId) {
        this.random = new SplittableRandom(seed);
        this.start = start;
        this.runId = runId;
    }

    ListenEvent event(long n) {
        Instant at = start.plusMillis(n * 37);
        long duration = 120_000 + random.nextLong(180_000);
        long played = random.nextLong(duration);
        return new ListenEvent(runId + "-" + n, TYPES[random.nextInt(TYPES.length)], "user" + random.nextInt(50_000),
                "spotify:track:" + Long.toString(random.nextLong(1L << 60), 36), at, at, Platform.SPOTIFY,
                PLACES[random.nextInt(PLACES.length)], "sess" + (n / 20), played, played, duration, Device.MOBILE, null, null);
    }

    List<ListenEvent> events(long from, int count) {
        List<ListenEvent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(event(from + i));
        }
        return out;
    }

    /** A JSON array body of the events, as a client would send it. */
    static byte[] body(List<ListenEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 400);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartArray();
            for (ListenEvent e : events) {
                EventJsonWriter.write(e, g);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
