package dev.earshot.imports;

import java.time.ZoneId;

/**
 * Choices of the person importing. {@code includeIncognito}: Spotify's incognito plays are left out unless
 * asked. {@code zone}: the zone of exports whose times carry none (a Rockbox log without {@code #TZ}).
 */
public record ImportOptions(boolean includeIncognito, ZoneId zone) {
    public static final ImportOptions DEFAULTS = new ImportOptions(false, ZoneId.of("UTC"));
}
