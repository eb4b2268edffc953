package dev.earshot.support;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The fuzz tests' check of a refusal's text: not blank, and naming none of {@link HostileRequests#INTERNALS} unless
 * the input itself carried those words (a refused value may be quoted back).
 */
public final class CleanMessages {
    private CleanMessages() {
    }

    public static void check(String message, String input) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("a refusal without a message");
        }
        String sent = input.toLowerCase(Locale.ROOT);
        Matcher m = HostileRequests.INTERNALS.matcher(message);
        while (m.find()) {
            if (!sent.contains(m.group().toLowerCase(Locale.ROOT))) {
                throw new AssertionError("the message names internals (" + m.group() + "): " + message);
            }
        }
    }
}
