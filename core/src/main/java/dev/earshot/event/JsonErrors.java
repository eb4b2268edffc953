package dev.earshot.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a JSON syntax error for people, in one place: the parser's own messages name its settings and classes
 * (limits "from `StreamReadConstraints.getMaxNestingDepth()`", features to enable, "[Source: …]"), which an
 * answer never does. What stays is the problem itself ("Unexpected character ('}' …): was expecting …").
 */
public final class JsonErrors {
    /** Where the parser's message turns to its own internals; the text from there on is dropped. */
    private static final List<String> INTERNAL_TAILS = List.of(" (start marker at", " at [Source", "\n", ": enable ",
            " (not recognized as one since", "; to allow", " (from `", "`");
    private static final Pattern INTERNALS = Pattern.compile("(?i)jackson|fasterxml|feature|java\\.|class |exception"
            + "|constraints|`");

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage());
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "not valid JSON";
        }
        for (String tail : INTERNAL_TAILS) {
            int at = message.indexOf(tail);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        message = message.strip();
        return message.isEmpty() || INTERNALS.matcher(message).find() ? "not valid JSON" : message;
    }

    private static String limit(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the JSON nests deeper than " + EventParser.MAX_NESTING_DEPTH + " levels";
        }
        if (m.contains("number value length")) {
            return "a number is longer than " + EventParser.MAX_NUMBER_LENGTH + " characters";
        }
        if (m.contains("string value length")) {
            return "a string is too long";
        }
        if (m.contains("name length")) {
            return "a field name is too long";
        }
        return "the JSON is larger than this server reads";
    }
}
