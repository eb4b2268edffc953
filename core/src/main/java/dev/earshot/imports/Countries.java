package dev.earshot.imports;

import java.util.Locale;
import java.util.Set;

/** Country codes as exports write them, kept only when they are real ISO 3166-1 alpha-2 codes. */
final class Countries {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /**
     * The code in upper case, or null when empty or not a country: Spotify writes "ZZ" for unknown and ""
     * for none, Apple leaves the column blank.
     */
    static String iso(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return ISO.contains(upper) ? upper : null;
    }
}
