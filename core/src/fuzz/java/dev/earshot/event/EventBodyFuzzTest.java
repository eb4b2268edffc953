package dev.earshot.event;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Any bytes as an events body, read both as JSON and as NDJSON and every draft validated: the only outcomes are a
 * result per event (accepted, or refused with its violations) or the body refused as a whole with
 * {@link MalformedJsonException} or {@link TooManyEventsException}, which the server answers 400 and 413. Any other
 * exception would escape as a 500, so Jazzer reports it. No message may name the parser, a Java class or the
 * database unless the body itself carried the word (a refused value is quoted back).
 */
class EventBodyFuzzTest {
    private static final List<String> INTERNALS = List.of("jackson", "fasterxml", "java.", "duckdb", "exception",
            "streamreadconstraints");
    /** Small, so that the fuzzer also reaches the too-many-events refusal. */
    private static final int MAX_EVENTS = 50;
    private static final Instant RECEIVED_AT = Instant.parse("2026-06-01T12:00:00Z");

    private final EventParser parser = new EventParser(MAX_EVENTS);
    private final EventValidator validator = new EventValidator(ValidationRules.DEFAULT);

    // Jazzer 0.24 takes a fuzzing run's length only from here (no property or configuration parameter).
    @FuzzTest(maxDuration = "60s")
    void parseAndValidate(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        String input = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        readAs(() -> parser.parseJson(body), input);
        readAs(() -> parser.parseNdjson(body), input);
    }

    private void readAs(java.util.function.Supplier<List<EventDraft>> parse, String input) {
        List<EventDraft> drafts;
        try {
            drafts = parse.get();
        } catch (MalformedJsonException | TooManyEventsException refused) {
            clean(refused.getMessage(), input);
            return;
        }
        if (drafts.size() > MAX_EVENTS) {
            throw new AssertionError(drafts.size() + " drafts read past the limit of " + MAX_EVENTS);
        }
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft draft = drafts.get(i);
            if (draft.index() != i) {
                throw new AssertionError("draft " + i + " has index " + draft.index());
            }
            ValidationResult result = validator.validate(draft, RECEIVED_AT);
            if (result.index() != i) {
                throw new AssertionError("result " + i + " has index " + result.index());
            }
            if (result instanceof ValidationResult.Invalid invalid) {
                if (invalid.violations().isEmpty()) {
                    throw new AssertionError("event " + i + " refused without a reason");
                }
                for (Violation v : invalid.violations()) {
                    if (v.field() == null || v.field().isEmpty()) {
                        throw new AssertionError("a violation without a field: " + v);
                    }
                    clean(v.message(), input);
                }
            }
        }
    }

    private static void clean(String message, String input) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("an error without a message");
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (String word : INTERNALS) {
            if (m.contains(word) && !input.contains(word)) {
                throw new AssertionError("the message names internals (" + word + "): " + message);
            }
        }
    }
}
