package dev.earshot.simulate;

import dev.earshot.event.Location;
import java.time.ZoneId;
import java.util.List;

/** A home city: its location as events carry it, its IANA time zone, and how many listeners live there. */
public record City(Location location, ZoneId zone, double weight) {

    /** Real cities in several countries, weighted roughly by streaming audience. */
    public static final List<City> ALL = List.of(
            city("San Francisco", "CA", "US", "America/Los_Angeles", 3),
            city("Los Angeles", "CA", "US", "America/Los_Angeles", 5),
            city("New York", "NY", "US", "America/New_York", 7),
            city("Chicago", "IL", "US", "America/Chicago", 4),
            city("Toronto", "ON", "CA", "America/Toronto", 3),
            city("Mexico City", "CDMX", "MX", "America/Mexico_City", 5),
            city("São Paulo", "SP", "BR", "America/Sao_Paulo", 6),
            city("London", "England", "GB", "Europe/London", 6),
            city("Manchester", "England", "GB", "Europe/London", 2),
            city("Berlin", "Berlin", "DE", "Europe/Berlin", 4),
            city("Munich", "Bavaria", "DE", "Europe/Berlin", 2),
            city("Paris", "Île-de-France", "FR", "Europe/Paris", 4),
            city("Madrid", "Madrid", "ES", "Europe/Madrid", 3),
            city("Stockholm", null, "SE", "Europe/Stockholm", 2),
            city("Lagos", "Lagos", "NG", "Africa/Lagos", 3),
            city("Mumbai", "Maharashtra", "IN", "Asia/Kolkata", 5),
            city("Seoul", null, "KR", "Asia/Seoul", 4),
            city("Tokyo", null, "JP", "Asia/Tokyo", 5),
            city("Sydney", "NSW", "AU", "Australia/Sydney", 3));

    private static City city(String name, String region, String country, String zone, double weight) {
        return new City(new Location(country, region, name), ZoneId.of(zone), weight);
    }
}
