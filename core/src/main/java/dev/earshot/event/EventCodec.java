package dev.earshot.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One already-validated event as bytes, for a message on the events topic: the wire format of DESIGN §2
 * ({@link EventJsonWriter}), read back through {@link EventParser} and {@link EventValidator}, so that the
 * stream job sees the very event the server accepted. Decoding validates again with rules that accept every
 * timestamp: the server that produced the message has already applied its own (maybe looser) rules, and a
 * consumer must not drop an event the producer acknowledged.
 */
public final class EventCodec {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ValidationRules ACCEPT_ANY_TIME =
            new ValidationRules(Duration.ofDays(365L * 1000), Instant.EPOCH);

    private final EventParser parser = new EventParser(1);
    private final EventValidator validator = new EventValidator(ACCEPT_ANY_TIME);

    public static byte[] encode(ListenEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            EventJsonWriter.write(event, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The event in {@code bytes}; throws {@link IllegalArgumentException} when they are not one valid event. */
    public ListenEvent decode(byte[] bytes, Instant receivedAt) {
        List<EventDraft> drafts = parser.parseJson(bytes);
        ValidationResult result = validator.validate(drafts.get(0), receivedAt);
        if (result instanceof ValidationResult.Valid v) {
            return v.event();
        }
        throw new IllegalArgumentException("not a valid event: " + ((ValidationResult.Invalid) result).violations());
    }
}
