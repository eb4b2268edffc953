package dev.earshot.event;

/** Checks on free text and identifiers that more than one field shares. */
final class TextRules {
    static final int MAX_ID_LENGTH = 128;

    private TextRules() {
    }

    /** Null when the id is acceptable, else why not: 1–128 code points, printable, not blank. */
    static String idProblem(String id) {
        int length = id.codePointCount(0, id.length());
        if (length == 0 || id.isBlank()) {
            return "must not be empty";
        }
        if (length > MAX_ID_LENGTH) {
            return "must be at most " + MAX_ID_LENGTH + " characters, got " + length;
        }
        return printableProblem(id);
    }

    /** Null when the text has no control characters and no unpaired surrogates, else why not. */
    static String printableProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return String.format("must not contain control characters (U+%04X at position %d)", (int) c, i);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "must not contain unpaired surrogates (position " + i + ")";
                }
                i++;
            }
        }
        return null;
    }

    /** Null when the text is printable and at most {@code max} code points, else why not. */
    static String textProblem(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return "must be at most " + max + " characters, got " + length;
        }
        return printableProblem(text);
    }
}
