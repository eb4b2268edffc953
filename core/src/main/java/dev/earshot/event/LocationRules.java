package dev.earshot.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates the optional location: free text "City, Region", or {country (ISO alpha-2), region, city}. */
final class LocationRules {
    static final int MAX_TEXT = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LocationRules() {
    }

    static Location validate(EventDraft d, List<Violation> out) {
        if (d.locationText != null) {
            String text = EventValidator.optional(d.locationText, "location", t -> TextRules.textProblem(t, MAX_TEXT), out);
            Location location = text == null || text.isBlank() ? null : Location.fromText(text);
            // Like an empty object, text with no city, region or country ("," alone) says nothing.
            return location == null || (location.city() == null && location.region() == null
                    && location.country() == null) ? null : location;
        }
        if (!d.locationObject) {
            return null;
        }
        String country = EventValidator.optional(d.country, "location.country", LocationRules::countryProblem, out);
        String region = EventValidator.optional(d.region, "location.region", t -> TextRules.textProblem(t, MAX_TEXT), out);
        String city = EventValidator.optional(d.city, "location.city", t -> TextRules.textProblem(t, MAX_TEXT), out);
        if (country == null && region == null && city == null) {
            return null;
        }
        return new Location(country, region, city);
    }

    private static String countryProblem(String code) {
        return COUNTRIES.contains(code) ? null : "must be an ISO 3166-1 alpha-2 code in upper case (e.g. US, DE), got '"
                + Timestamps.shorten(code) + "'";
    }
}
