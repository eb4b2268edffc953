package dev.earshot.sources;

/**
 * The event contract's text rules (DESIGN §2) applied to a song before it becomes events: artist and title
 * present, at most 500 characters each, no control characters (a NUL among them, which ListenBrainz refuses).
 */
public final class SongCheck {
    static final int MAX_TEXT = 500;
    static final long MAX_DURATION_MS = 24L * 60 * 60 * 1000;

    private SongCheck() {
    }

    /** Null when the song may be stored, else why not. */
    public static String problem(Song song) {
        if (song.artist() == null || song.artist().isBlank()) {
            return "the artist name is missing";
        }
        if (song.title() == null || song.title().isBlank()) {
            return "the track name is missing";
        }
        if (song.durationMs() != null && (song.durationMs() < 0 || song.durationMs() > MAX_DURATION_MS)) {
            return "the duration is not between 0 and 24 hours";
        }
        String why = text("artist name", song.artist());
        why = why != null ? why : text("track name", song.title());
        return why != null || song.album() == null ? why : text("release name", song.album());
    }

    private static String text(String what, String value) {
        if (value.codePointCount(0, value.length()) > MAX_TEXT) {
            return "the " + what + " is longer than " + MAX_TEXT + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return String.format("the %s contains a control character (U+%04X)", what, (int) value.charAt(i));
            }
        }
        return null;
    }
}
