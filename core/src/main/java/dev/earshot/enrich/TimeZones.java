package dev.earshot.enrich;

import dev.earshot.event.Location;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds a listener's IANA time zone from an event's location: by city first (the simulator's cities and
 * other large ones), then by country (ISO code or English name) with one representative zone — the zone of
 * its largest audience — then by a US state or Canadian province code in the region. Null when nothing
 * matches: the caller decides what an unknown zone means. Names match without case or accents.
 */
public final class TimeZones {
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Map<String, ZoneId> CITIES = new HashMap<>();
    private static final Map<String, ZoneId> COUNTRIES = new HashMap<>();
    private static final Map<String, ZoneId> REGIONS = new HashMap<>();
    /**
     * Locations recently looked up: the name normalisation costs ~0.5 µs, and the store's single writer thread
     * asks for every event, while listeners come from a few thousand places. Cleared when it grows past
     * {@link #RECENT_MAX} (made-up locations must not grow it without bound).
     */
    private static final Map<Location, Optional<ZoneId>> RECENT = new ConcurrentHashMap<>();
    static final int RECENT_MAX = 50_000;

    static {
        zone(CITIES, "America/Los_Angeles", "san francisco", "los angeles", "seattle", "san diego", "portland",
                "las vegas", "vancouver");
        zone(CITIES, "America/New_York", "new york", "brooklyn", "boston", "washington", "philadelphia", "miami",
                "atlanta", "detroit");
        zone(CITIES, "America/Chicago", "chicago", "houston", "dallas", "austin", "minneapolis", "nashville");
        zone(CITIES, "America/Denver", "denver", "phoenix", "salt lake city");
        zone(CITIES, "America/Toronto", "toronto", "montreal", "ottawa");
        zone(CITIES, "America/Mexico_City", "mexico city", "guadalajara", "monterrey");
        zone(CITIES, "America/Sao_Paulo", "sao paulo", "rio de janeiro", "brasilia");
        zone(CITIES, "America/Argentina/Buenos_Aires", "buenos aires");
        zone(CITIES, "America/Bogota", "bogota", "medellin");
        zone(CITIES, "Europe/London", "london", "manchester", "birmingham", "glasgow", "edinburgh", "liverpool");
        zone(CITIES, "Europe/Dublin", "dublin");
        zone(CITIES, "Europe/Berlin", "berlin", "munich", "hamburg", "cologne", "frankfurt");
        zone(CITIES, "Europe/Paris", "paris", "lyon", "marseille");
        zone(CITIES, "Europe/Madrid", "madrid", "barcelona", "valencia");
        zone(CITIES, "Europe/Stockholm", "stockholm", "gothenburg");
        zone(CITIES, "Europe/Amsterdam", "amsterdam", "rotterdam");
        zone(CITIES, "Europe/Rome", "rome", "milan");
        zone(CITIES, "Europe/Warsaw", "warsaw", "krakow");
        zone(CITIES, "Europe/Istanbul", "istanbul");
        zone(CITIES, "Africa/Lagos", "lagos", "abuja");
        zone(CITIES, "Africa/Johannesburg", "johannesburg", "cape town");
        zone(CITIES, "Africa/Cairo", "cairo");
        zone(CITIES, "Asia/Kolkata", "mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "chennai", "kolkata");
        zone(CITIES, "Asia/Seoul", "seoul", "busan");
        zone(CITIES, "Asia/Tokyo", "tokyo", "osaka", "kyoto");
        zone(CITIES, "Asia/Shanghai", "shanghai", "beijing", "shenzhen");
        zone(CITIES, "Asia/Singapore", "singapore");
        zone(CITIES, "Asia/Jakarta", "jakarta");
        zone(CITIES, "Asia/Manila", "manila");
        zone(CITIES, "Australia/Sydney", "sydney", "melbourne", "canberra");
        zone(CITIES, "Australia/Perth", "perth");
        zone(CITIES, "Pacific/Auckland", "auckland");

        zone(COUNTRIES, "America/New_York", "us", "usa", "united states");
        zone(COUNTRIES, "America/Toronto", "ca", "canada");
        zone(COUNTRIES, "America/Mexico_City", "mx", "mexico");
        zone(COUNTRIES, "America/Sao_Paulo", "br", "brazil");
        zone(COUNTRIES, "America/Argentina/Buenos_Aires", "ar", "argentina");
        zone(COUNTRIES, "America/Bogota", "co", "colombia");
        zone(COUNTRIES, "Europe/London", "gb", "uk", "united kingdom", "england", "scotland", "wales");
        zone(COUNTRIES, "Europe/Dublin", "ie", "ireland");
        zone(COUNTRIES, "Europe/Berlin", "de", "germany");
        zone(COUNTRIES, "Europe/Paris", "fr", "france");
        zone(COUNTRIES, "Europe/Madrid", "es", "spain");
        zone(COUNTRIES, "Europe/Stockholm", "se", "sweden");
        zone(COUNTRIES, "Europe/Amsterdam", "nl", "netherlands");
        zone(COUNTRIES, "Europe/Rome", "it", "italy");
        zone(COUNTRIES, "Europe/Warsaw", "pl", "poland");
        zone(COUNTRIES, "Europe/Istanbul", "tr", "turkey");
        zone(COUNTRIES, "Africa/Lagos", "ng", "nigeria");
        zone(COUNTRIES, "Africa/Johannesburg", "za", "south africa");
        zone(COUNTRIES, "Africa/Cairo", "eg", "egypt");
        zone(COUNTRIES, "Asia/Kolkata", "in", "india");
        zone(COUNTRIES, "Asia/Seoul", "kr", "south korea", "korea");
        zone(COUNTRIES, "Asia/Tokyo", "jp", "japan");
        zone(COUNTRIES, "Asia/Shanghai", "cn", "china");
        zone(COUNTRIES, "Asia/Singapore", "sg", "singapore");
        zone(COUNTRIES, "Asia/Jakarta", "id", "indonesia");
        zone(COUNTRIES, "Asia/Manila", "ph", "philippines");
        zone(COUNTRIES, "Australia/Sydney", "au", "australia");
        zone(COUNTRIES, "Pacific/Auckland", "nz", "new zealand");

        zone(REGIONS, "America/Los_Angeles", "ca", "wa", "or", "nv", "bc");
        zone(REGIONS, "America/Denver", "co", "ut", "az", "nm", "ab");
        zone(REGIONS, "America/Chicago", "il", "tx", "mn", "tn", "wi", "mo", "la");
        zone(REGIONS, "America/New_York", "ny", "ma", "dc", "pa", "fl", "ga", "mi", "nj", "oh", "va", "nc");
        zone(REGIONS, "America/Toronto", "on", "qc");
        zone(REGIONS, "America/Mexico_City", "cdmx");
        zone(REGIONS, "America/Sao_Paulo", "sp", "rj");
        zone(REGIONS, "Australia/Sydney", "nsw", "vic");
        zone(REGIONS, "Asia/Kolkata", "maharashtra");
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
        ZoneId zone = find(CITIES, location.city());
        if (zone == null) {
            zone = find(COUNTRIES, location.country());
        }
        if (zone == null) {
            zone = find(REGIONS, location.region());
        }
        return zone != null ? zone : find(COUNTRIES, location.region());
    }

    private static ZoneId find(Map<String, ZoneId> table, String name) {
        return name == null ? null : table.get(key(name));
    }

    static String key(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static void zone(Map<String, ZoneId> table, String zone, String... names) {
        ZoneId id = ZoneId.of(zone);
        for (String name : names) {
            table.put(name, id);
        }
    }
}
