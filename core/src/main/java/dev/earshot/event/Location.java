package dev.earshot.event;

/**
 * Where the listener was. Every part is optional; {@code country} is ISO 3166-1 alpha-2 when known.
 * A free-text location such as "San Francisco, CA" becomes city + region + the country it resolves to.
 */
public record Location(String country, String region, String city) {

    /**
     * Reads "City, Region" or "City, Country" (split at the last comma; text without a comma is a city) and
     * resolves the country from the {@link Places} table: an ISO alpha-2 or alpha-3 code, an English country
     * name, "UK", or a US state / Canadian province ("San Francisco, CA" is in the US). "City, Region, Country"
     * keeps the region when it belongs to that country. A code that is both a country and a state ("CA", "DE",
     * "IN") is decided by the city when the table knows it, and otherwise left unresolved: the text stays as the
     * region with no country, rather than a guess.
     */
    public static Location fromText(String text) {
        String trimmed = text.strip();
        int comma = trimmed.lastIndexOf(',');
        if (comma < 0) {
            return new Location(null, null, trimmed);
        }
        String city = blankToNull(trimmed.substring(0, comma));
        String tail = blankToNull(trimmed.substring(comma + 1));
        return tail == null ? new Location(null, null, city) : resolve(city, tail);
    }

    private static Location resolve(String city, String tail) {
        Places.Place region = Places.region(tail);
        String country = Places.country(tail);
        if (region != null && Places.isTwoWay(tail)) {
            Places.Place known = Places.city(city);
            if (known == null) {
                return new Location(null, tail, city);
            }
            return known.country().equals(region.country()) ? new Location(region.country(), tail, city)
                    : new Location(country, null, city);
        }
        if (region != null) {
            return new Location(region.country(), tail, city);
        }
        if (country == null) {
            return new Location(null, tail, city);
        }
        int inner = city == null ? -1 : city.lastIndexOf(',');
        if (inner >= 0) {
            String part = blankToNull(city.substring(inner + 1));
            Places.Place inside = Places.region(part);
            if (inside != null && inside.country().equals(country)) {
                return new Location(country, part, blankToNull(city.substring(0, inner)));
            }
        }
        return new Location(country, null, city);
    }

    private static String blankToNull(String s) {
        String stripped = s == null ? null : s.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** The human form, "City, Region, CC", skipping unknown parts. */
    public String display() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {city, region, country}) {
            if (part != null) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
