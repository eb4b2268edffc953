package dev.earshot.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.earshot.event.EventJsonWriter;
import dev.earshot.store.EventPage;
import dev.earshot.store.StoredEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders stored events in the wire format, plus {@code received_at}, with the streaming generator. */
final class EventsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private EventsJson() {
    }

    static byte[] page(EventPage page) {
        return render(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            for (StoredEvent e : page.events()) {
                event(e, g);
            }
            g.writeEndArray();
            g.writeStringField("next_cursor", page.next() == null ? null : page.next().encode());
            g.writeEndObject();
        });
    }

    /** A JSON array of events, as in {@link #page}: for answers that embed events, such as a profile. */
    static byte[] array(java.util.List<StoredEvent> events) {
        return render(g -> {
            g.writeStartArray();
            for (StoredEvent e : events) {
                event(e, g);
            }
            g.writeEndArray();
        });
    }

    static byte[] single(StoredEvent e) {
        return render(g -> event(e, g));
    }

    private static void event(StoredEvent e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        EventJsonWriter.writeFields(e.event(), g);
        g.writeStringField("received_at", e.receivedAt().toString());
        g.writeStringField("source", e.source() == null ? null : e.source().wire());
        if (e.enrichment() != null) {
            g.writeFieldName("enrichments");
            EnrichmentJson.write(e.enrichment(), g);
        }
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
