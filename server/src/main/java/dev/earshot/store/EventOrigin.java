package dev.earshot.store;

import dev.earshot.imports.ImportFormat;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a stored event came from, kept in the {@code source} column: {@code api} (POST /v1/events),
 * {@code simulation} (the simulator and the demo), {@code import:<format>} (an uploaded export), or the scrobbler
 * protocol that brought it ({@code listenbrainz}, {@code lastfm}, {@code audioscrobbler}, {@code web_scrobbler}).
 * Few distinct values, so the column compresses to a dictionary. Events stored before schema v8 have none (null):
 * where they came from was not recorded, and it is not guessed.
 */
public record EventOrigin(String wire) {
    // First: the constants below are checked against it as the class initialises.
    private static final Pattern WIRE = Pattern.compile("[a-z][a-z0-9_]{0,31}(:[a-z0-9_-]{1,32})?");

    public static final EventOrigin API = new EventOrigin("api");
    public static final EventOrigin SIMULATION = new EventOrigin("simulation");
    public static final EventOrigin LISTENBRAINZ = new EventOrigin("listenbrainz");
    public static final EventOrigin LASTFM = new EventOrigin("lastfm");
    public static final EventOrigin AUDIOSCROBBLER = new EventOrigin("audioscrobbler");
    public static final EventOrigin WEB_SCROBBLER = new EventOrigin("web_scrobbler");

    /** The sources Earshot writes besides {@code import:<format>}: what a rule or a bulk deletion may name. */
    public static final List<String> FIXED = List.of(API, SIMULATION, LISTENBRAINZ, LASTFM, AUDIOSCROBBLER,
            WEB_SCROBBLER).stream().map(EventOrigin::wire).toList();

    public EventOrigin {
        if (wire == null || !WIRE.matcher(wire).matches()) {
            throw new IllegalArgumentException("not a source: " + wire);
        }
    }

    /** The source of events read from an export of {@code format}. */
    public static EventOrigin imported(ImportFormat format) {
        return new EventOrigin("import:" + format.wire());
    }

    /** Whether {@code wire} names a source (a filter parameter is checked with it before it reaches SQL). */
    public static boolean valid(String wire) {
        return wire != null && WIRE.matcher(wire).matches();
    }

    /** Whether {@code wire} is a source Earshot writes: one of {@link #FIXED}, or {@code import:} and a format's name. */
    public static boolean known(String wire) {
        if (wire == null) {
            return false;
        }
        if (wire.startsWith("import:")) {
            String format = wire.substring("import:".length());
            return Arrays.stream(ImportFormat.values()).anyMatch(f -> f.wire().equals(format));
        }
        return FIXED.contains(wire);
    }
}
