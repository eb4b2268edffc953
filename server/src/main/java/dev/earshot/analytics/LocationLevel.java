package dev.earshot.analytics;

import java.util.Locale;

/** How finely the location breakdown groups: by country, or by country and city. */
public enum LocationLevel {
    COUNTRY, CITY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
