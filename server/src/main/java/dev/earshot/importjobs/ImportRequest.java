package dev.earshot.importjobs;

import dev.earshot.imports.ImportFormat;
import dev.earshot.imports.ImportOptions;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a person asked to import: whose listens they are, the format when they named one (else detected), the
 * window within which the same listen from two sources is stored once, and the reader options.
 */
public record ImportRequest(String userId, Optional<ImportFormat> format, Duration mergeWindow,
                            boolean includeIncognito, ZoneId zone) {
    public static final Duration DEFAULT_MERGE_WINDOW = Duration.ofSeconds(60);
    public static final String DEFAULT_USER = "me";

    public ImportRequest {
        userId = userId == null || userId.isBlank() ? DEFAULT_USER : userId.strip();
        format = format == null ? Optional.empty() : format;
        mergeWindow = mergeWindow == null ? DEFAULT_MERGE_WINDOW : mergeWindow;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        if (mergeWindow.isNegative()) {
            throw new IllegalArgumentException("the merge window must not be negative, got " + mergeWindow);
        }
        if (userId.length() > 128 || userId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the user id must be 1-128 printable characters");
        }
    }

    public ImportOptions options() {
        return new ImportOptions(includeIncognito, zone);
    }

    /** A zone id such as "Europe/Berlin" or "UTC". */
    public static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a time zone: '" + text + "' (say UTC or Europe/Berlin)");
        }
    }

    /** "60s", "2m", "1h", "500ms", a bare number of seconds, or ISO-8601 ("PT90S"). */
    public static Duration parseWindow(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            char unit = t.charAt(t.length() - 1);
            String n = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1).strip();
            long v = Long.parseLong(n);
            return switch (Character.isDigit(unit) ? 's' : unit) {
                case 's' -> Duration.ofSeconds(v);
                case 'm' -> Duration.ofMinutes(v);
                case 'h' -> Duration.ofHours(v);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (say 60s, 2m or PT90S)");
        }
    }
}
