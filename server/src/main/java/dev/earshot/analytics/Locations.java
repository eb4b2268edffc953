package dev.earshot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Events, listeners and minutes per country, or per country and city; {@code city} is null by country. */
public record Locations(Range range, List<Item> items) {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String country, String city, long events, long listeners, double minutes) {
    }
}
