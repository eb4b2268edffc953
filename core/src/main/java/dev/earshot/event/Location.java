package dev.earshot.event;

/**
 * Where the listener was. Every part is optional; {@code country} is ISO 3166-1 alpha-2 when known.
 * A free-text location such as "San Francisco, CA" becomes city + region.
 */
public record Location(String country, String region, String city) {

    /** Splits "City, Region" (or "City, Country") at its last comma; text without a comma is a city. */
    public static Location fromText(String text) {
        String trimmed = text.strip();
        int comma = trimmed.lastIndexOf(',');
        if (comma < 0) {
            return new Location(null, null, trimmed);
        }
        String city = trimmed.substring(0, comma).strip();
        String region = trimmed.substring(comma + 1).strip();
        return new Location(null, region.isEmpty() ? null : region, city.isEmpty() ? null : city);
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
