package dev.earshot.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads events from a request body with Jackson's streaming API (no tree binding): one object, a JSON array
 * of objects, or NDJSON (one object per line). A body that is not JSON fails as a whole with
 * {@link MalformedJsonException}, except in NDJSON, where each line stands alone and a bad line becomes a
 * draft carrying the syntax error, so the good lines still count.
 */
public final class EventParser {
    /** Events are flat; anything nested deeper than this is hostile or a mistake. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Numbers longer than this are refused by the parser (its default), longer ones are out of range per field. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /**
     * A raw NUL byte is never JSON (outside a string it is not a token, inside one it must be escaped), and it must
     * be refused before the parser sees it: the parser guesses UTF-16 or UTF-32 from zero bytes at the start, then
     * either fails with a decoding error that is not a syntax error or reads the bytes as another text entirely.
     */
    private static final String NUL_BYTE = "a NUL byte (0x00) is not allowed in JSON; escape it as \\u0000 inside a string";

    private final JsonFactory factory;
    private final int maxEvents;

    public EventParser(int maxEvents) {
        this.maxEvents = maxEvents;
        // A field given twice is the field reader's to refuse (a violation of that event, naming the field).
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH).build())
                .build();
    }

    /** Parses a JSON body: one event object or an array of them. */
    public List<EventDraft> parseJson(byte[] body) {
        requireUtf8(body);
        int nul = indexOf(body, (byte) 0, 0);
        if (nul < body.length) {
            int line = StrictUtf8.line(body, nul);
            int column = nul - lastIndexOf(body, (byte) '\n', nul);
            throw new MalformedJsonException("malformed JSON at line " + line + ", column " + column + ": " + NUL_BYTE,
                    line, column);
        }
        try (JsonParser parser = factory.createParser(body)) {
            try {
                return readJson(parser, body);
            } catch (JsonProcessingException e) {
                throw malformed(JsonErrors.describe(e), where(e, parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<EventDraft> readJson(JsonParser parser, byte[] body) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new MalformedJsonException("the body is empty; send an event object or an array of them", 1, 1);
        }
        List<EventDraft> drafts = new ArrayList<>();
        if (first == JsonToken.START_ARRAY) {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                checkCount(drafts.size());
                drafts.add(readElement(parser, body, drafts.size()));
            }
        } else {
            drafts.add(readElement(parser, body, 0));
        }
        if (parser.nextToken() != null) {
            throw malformed("unexpected content after the end of the JSON value", parser.currentTokenLocation());
        }
        return drafts;
    }

    /** Parses NDJSON: one event object per line; blank lines are ignored. */
    public List<EventDraft> parseNdjson(byte[] body) {
        requireUtf8(body);
        List<EventDraft> drafts = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '\n', start);
            lineNumber++;
            int contentEnd = end > start && body[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(body, start, contentEnd)) {
                checkCount(drafts.size());
                drafts.add(readLine(body, start, contentEnd, drafts.size(), lineNumber));
            }
            start = end + 1;
        }
        return drafts;
    }

    /** Each line gets its own array so that offsets and columns in errors are the line's own. */
    private EventDraft readLine(byte[] body, int start, int end, int index, int lineNumber) {
        byte[] line = Arrays.copyOfRange(body, start, end);
        int nul = indexOf(line, (byte) 0, 0);
        if (nul < line.length) {
            return unreadable(line, index, lineNumber, NUL_BYTE, nul + 1);
        }
        try (JsonParser parser = factory.createParser(line)) {
            try {
                parser.nextToken();
                EventDraft draft = readElement(parser, line, index);
                if (parser.nextToken() != null) {
                    throw new JsonSyntax("more than one JSON value on the line", parser.currentTokenLocation());
                }
                return draft;
            } catch (JsonProcessingException e) {
                return unreadable(line, index, lineNumber, JsonErrors.describe(e), where(e, parser));
            }
        } catch (JsonSyntax e) {
            return unreadable(line, index, lineNumber, e.getMessage(), e.location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventDraft unreadable(byte[] line, int index, int lineNumber, String message, JsonLocation location) {
        return unreadable(line, index, lineNumber, message, location == null ? 0 : location.getColumnNr());
    }

    private static EventDraft unreadable(byte[] line, int index, int lineNumber, String message, int column) {
        EventDraft draft = new EventDraft(index);
        draft.rawSpan(line, 0, line.length);
        draft.addViolation("$", "malformed JSON on line " + lineNumber + ", column " + column + ": " + message);
        return draft;
    }

    /** Reads the value at the current token; a non-object becomes a draft with one violation. */
    private EventDraft readElement(JsonParser parser, byte[] body, int index) throws IOException {
        int from = (int) parser.currentTokenLocation().getByteOffset();
        EventDraft draft = new EventDraft(index);
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            EventFieldReader.readEvent(parser, draft);
        } else {
            draft.addViolation("$", "expected an event object, got " + JsonTypes.describe(parser.currentToken()));
            parser.skipChildren();
            // Strings are read lazily; without this the raw text would end after the opening quote.
            parser.finishToken();
        }
        int to = (int) parser.currentLocation().getByteOffset();
        draft.rawSpan(body, from, to);
        return draft;
    }

    /** The whole body is refused when any of it is not UTF-8: nothing is decoded by guesswork or replaced. */
    private static void requireUtf8(byte[] body) {
        int at = StrictUtf8.firstInvalid(body);
        if (at >= 0) {
            throw new MalformedJsonException(StrictUtf8.problem(body), StrictUtf8.line(body, at), 0);
        }
    }

    private void checkCount(int alreadyRead) {
        if (alreadyRead >= maxEvents) {
            throw new TooManyEventsException(maxEvents);
        }
    }

    /** Jackson's limit errors (such as nesting depth) carry no location, but the parser still knows where it is. */
    private static JsonLocation where(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }

    private static MalformedJsonException malformed(String message, JsonLocation location) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new MalformedJsonException("malformed JSON at line " + line + ", column " + column + ": " + message, line, column);
    }

    private static int indexOf(byte[] body, byte b, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == b) {
                return i;
            }
        }
        return body.length;
    }

    private static int lastIndexOf(byte[] body, byte b, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (body[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A syntax problem Jackson does not see (such as two values on one NDJSON line). */
    private static final class JsonSyntax extends RuntimeException {
        private final transient JsonLocation location;

        JsonSyntax(String message, JsonLocation location) {
            super(message, null, false, false);
            this.location = location;
        }
    }
}
