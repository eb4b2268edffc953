package dev.earshot.enrich;

import dev.earshot.event.Location;
import dev.earshot.event.Places;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a listener's IANA time zone from an event's location: by city first, then by country with one
 * representative zone — the zone of its largest audience — then by a US state or Canadian province in the
 * region. Cities, regions and country names come from the one place table, {@link Places}. Null when nothing
 * matches: the caller decides what an unknown zone means.
 */
public final class TimeZones {
    /** One representative zone per country (that of its largest audience), by ISO alpha-2 code. */
    private static final Map<String, ZoneId> COUNTRIES = new HashMap<>();
    /**
     * Locations recently looked up: the name normalisation costs ~0.5 µs, and the store's single writer thread
     * asks for every event, while listeners come from a few thousand places. Cleared when it grows past
     * {@link #RECENT_MAX} (made-up locations must not grow it without bound).
     */
    private static final Map<Location, Optional<ZoneId>> RECENT = new ConcurrentHashMap<>();
    static final int RECENT_MAX = 50_000;

    static {
        zone("America/New_York", "US");
        zone("America/Toronto", "CA");
        zone("America/Mexico_City", "MX");
        zone("America/Sao_Paulo", "BR");
        zone("America/Argentina/Buenos_Aires", "AR");
        zone("America/Bogota", "CO");
        zone("Europe/London", "GB");
        zone("Europe/Dublin", "IE");
        zone("Europe/Berlin", "DE");
        zone("Europe/Paris", "FR");
        zone("Europe/Madrid", "ES");
        zone("Europe/Stockholm", "SE");
        zone("Europe/Amsterdam", "NL");
        zone("Europe/Rome", "IT");
        zone("Europe/Warsaw", "PL");
        zone("Europe/Istanbul", "TR");
        zone("Africa/Lagos", "NG");
        zone("Africa/Johannesburg", "ZA");
        zone("Africa/Cairo", "EG");
        zone("Asia/Kolkata", "IN");
        zone("Asia/Seoul", "KR");
        zone("Asia/Tokyo", "JP");
        zone("Asia/Shanghai", "CN");
        zone("Asia/Singapore", "SG");
        zone("Asia/Jakarta", "ID");
        zone("Asia/Manila", "PH");
        zone("Australia/Sydney", "AU");
        zone("Pacific/Auckland", "NZ");
    }

    private TimeZones() {
    }

    /** The location's zone, or null when neither its city, nor its country, nor its region is known. */
    public static ZoneId of(Location location) {
        if (location == null) {
            return null;
        }
        Optional<ZoneId> known = RECENT.get(location);
        if (known == null) {
            if (RECENT.size() >= RECENT_MAX) {
                RECENT.clear();
            }
            known = Optional.ofNullable(find(location));
            RECENT.put(location, known);
        }
        return known.orElse(null);
    }

    private static ZoneId find(Location location) {
        Places.Place city = Places.city(location.city());
        if (city != null) {
            return city.zone();
        }
        ZoneId zone = countryZone(location.country());
        if (zone == null) {
            Places.Place region = Places.region(location.region());
            zone = region != null ? region.zone() : null;
        }
        return zone != null ? zone : countryZone(Places.country(location.region()));
    }

    private static ZoneId countryZone(String country) {
        return country == null ? null : COUNTRIES.get(country);
    }

    private static void zone(String zone, String... countries) {
        ZoneId id = ZoneId.of(zone);
        for (String country : countries) {
            COUNTRIES.put(country, id);
        }
    }
}
