package dev.earshot.event;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of places Earshot knows: every ISO 3166-1 country by alpha-2, alpha-3 and English name (plus the
 * common short forms "UK", "USA", "England"…), the US states and Canadian provinces (and a few regions the
 * simulator uses), and large cities with their country and IANA zone. Location parsing reads countries from it,
 * and time-zone lookup reads zones from it, so a place is written down once. Names match without case or accents.
 */
public final class Places {
    /** A known city or region: the country it is in (ISO alpha-2) and its zone (null when a region spans several). */
    public record Place(String country, ZoneId zone) {
    }

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    /** Codes and names that are both a country and a US state or province (CA, DE, IN, Georgia…). */
    private static final Set<String> TWO_WAY = new HashSet<>();
    private static final Map<String, Place> REGIONS = new HashMap<>();
    private static final Map<String, Place> CITIES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            COUNTRIES.put(key(code), code);
            COUNTRIES.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                COUNTRIES.put(key(country.getISO3Country()), code);
            } catch (MissingResourceException noAlpha3) {
                // A code without an alpha-3 form is still known by its alpha-2 and its name.
            }
        }
        aliases("US", "usa", "u.s.", "u.s.a.", "united states of america", "america");
        aliases("GB", "uk", "u.k.", "great britain", "britain", "england", "scotland", "wales", "northern ireland");
        aliases("KR", "korea", "south korea", "republic of korea");
        aliases("RU", "russia");
        aliases("TR", "turkey", "turkiye");
        aliases("CZ", "czech republic", "czechia");
        aliases("NL", "holland", "the netherlands");
        aliases("AE", "uae");
        aliases("CI", "ivory coast");
        aliases("VN", "vietnam");

        String pacific = "America/Los_Angeles";
        String mountain = "America/Denver";
        String central = "America/Chicago";
        String eastern = "America/New_York";
        region("US", "America/Chicago", "al", "alabama");
        region("US", "America/Anchorage", "ak", "alaska");
        region("US", "America/Phoenix", "az", "arizona");
        region("US", central, "ar", "arkansas");
        region("US", pacific, "ca", "california");
        region("US", mountain, "co", "colorado");
        region("US", eastern, "ct", "connecticut");
        region("US", eastern, "de", "delaware");
        region("US", eastern, "dc", "d.c.", "district of columbia");
        region("US", eastern, "fl", "florida");
        region("US", eastern, "ga", "georgia");
        region("US", "Pacific/Honolulu", "hi", "hawaii");
        region("US", mountain, "id", "idaho");
        region("US", central, "il", "illinois");
        region("US", "America/Indiana/Indianapolis", "in", "indiana");
        region("US", central, "ia", "iowa");
        region("US", central, "ks", "kansas");
        region("US", eastern, "ky", "kentucky");
        region("US", central, "la", "louisiana");
        region("US", eastern, "me", "maine");
        region("US", eastern, "md", "maryland");
        region("US", eastern, "ma", "massachusetts");
        region("US", "America/Detroit", "mi", "michigan");
        region("US", central, "mn", "minnesota");
        region("US", central, "ms", "mississippi");
        region("US", central, "mo", "missouri");
        region("US", mountain, "mt", "montana");
        region("US", central, "ne", "nebraska");
        region("US", pacific, "nv", "nevada");
        region("US", eastern, "nh", "new hampshire");
        region("US", eastern, "nj", "new jersey");
        region("US", mountain, "nm", "new mexico");
        region("US", eastern, "ny", "new york");
        region("US", eastern, "nc", "north carolina");
        region("US", central, "nd", "north dakota");
        region("US", eastern, "oh", "ohio");
        region("US", central, "ok", "oklahoma");
        region("US", pacific, "or", "oregon");
        region("US", eastern, "pa", "pennsylvania");
        region("US", eastern, "ri", "rhode island");
        region("US", eastern, "sc", "south carolina");
        region("US", central, "sd", "south dakota");
        region("US", central, "tn", "tennessee");
        region("US", central, "tx", "texas");
        region("US", mountain, "ut", "utah");
        region("US", eastern, "vt", "vermont");
        region("US", eastern, "va", "virginia");
        region("US", pacific, "wa", "washington");
        region("US", eastern, "wv", "west virginia");
        region("US", central, "wi", "wisconsin");
        region("US", mountain, "wy", "wyoming");
        region("CA", mountain, "ab", "alberta");
        region("CA", "America/Vancouver", "bc", "british columbia");
        region("CA", "America/Winnipeg", "mb", "manitoba");
        region("CA", "America/Moncton", "nb", "new brunswick");
        region("CA", "America/St_Johns", "nl", "newfoundland and labrador", "newfoundland");
        region("CA", "America/Halifax", "ns", "nova scotia");
        region("CA", "America/Toronto", "on", "ontario");
        region("CA", "America/Halifax", "pe", "prince edward island");
        region("CA", "America/Toronto", "qc", "quebec");
        region("CA", "America/Regina", "sk", "saskatchewan");
        region("CA", "America/Yellowknife", "nt", "northwest territories");
        region("CA", "America/Iqaluit", "nu", "nunavut");
        region("CA", "America/Whitehorse", "yt", "yukon");
        // Regions outside North America that the simulator writes or that listeners commonly give.
        region("GB", "Europe/London", "england", "scotland", "wales", "northern ireland");
        region("MX", "America/Mexico_City", "cdmx");
        region("BR", "America/Sao_Paulo", "sp", "rj");
        region("AU", "Australia/Sydney", "nsw", "vic", "new south wales", "victoria");
        region("IN", "Asia/Kolkata", "maharashtra");
        region("DE", "Europe/Berlin", "bavaria", "bayern");
        region("FR", "Europe/Paris", "ile-de-france");

        city("US", "America/Los_Angeles", "san francisco", "los angeles", "seattle", "san diego", "portland", "las vegas");
        city("CA", "America/Vancouver", "vancouver");
        city("US", "America/New_York", "new york", "brooklyn", "boston", "washington", "philadelphia", "miami",
                "atlanta", "detroit");
        city("US", "America/Chicago", "chicago", "houston", "dallas", "austin", "minneapolis", "nashville");
        city("US", "America/Denver", "denver", "salt lake city");
        city("US", "America/Phoenix", "phoenix");
        city("CA", "America/Toronto", "toronto", "montreal", "ottawa");
        city("MX", "America/Mexico_City", "mexico city", "guadalajara", "monterrey");
        city("BR", "America/Sao_Paulo", "sao paulo", "rio de janeiro", "brasilia");
        city("AR", "America/Argentina/Buenos_Aires", "buenos aires");
        city("CO", "America/Bogota", "bogota", "medellin");
        city("GB", "Europe/London", "london", "manchester", "birmingham", "glasgow", "edinburgh", "liverpool");
        city("IE", "Europe/Dublin", "dublin");
        city("DE", "Europe/Berlin", "berlin", "munich", "hamburg", "cologne", "frankfurt");
        city("FR", "Europe/Paris", "paris", "lyon", "marseille");
        city("ES", "Europe/Madrid", "madrid", "barcelona", "valencia");
        city("SE", "Europe/Stockholm", "stockholm", "gothenburg");
        city("NL", "Europe/Amsterdam", "amsterdam", "rotterdam");
        city("IT", "Europe/Rome", "rome", "milan");
        city("PL", "Europe/Warsaw", "warsaw", "krakow");
        city("TR", "Europe/Istanbul", "istanbul");
        city("NG", "Africa/Lagos", "lagos", "abuja");
        city("ZA", "Africa/Johannesburg", "johannesburg", "cape town");
        city("EG", "Africa/Cairo", "cairo");
        city("IN", "Asia/Kolkata", "mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "chennai", "kolkata");
        city("KR", "Asia/Seoul", "seoul", "busan");
        city("JP", "Asia/Tokyo", "tokyo", "osaka", "kyoto");
        city("CN", "Asia/Shanghai", "shanghai", "beijing", "shenzhen");
        city("SG", "Asia/Singapore", "singapore");
        city("ID", "Asia/Jakarta", "jakarta");
        city("PH", "Asia/Manila", "manila");
        city("AU", "Australia/Sydney", "sydney", "melbourne", "canberra");
        city("AU", "Australia/Perth", "perth");
        city("NZ", "Pacific/Auckland", "auckland");
    }

    private Places() {
    }

    /** The ISO alpha-2 code a country code (alpha-2 or alpha-3, any case) or English name stands for, or null. */
    public static String country(String text) {
        return text == null ? null : COUNTRIES.get(key(text));
    }

    /** A US state, Canadian province or other known region by code or name, or null. */
    public static Place region(String text) {
        return text == null ? null : REGIONS.get(key(text));
    }

    /** A known city by name, or null. */
    public static Place city(String name) {
        return name == null ? null : CITIES.get(key(name));
    }

    /** True when the text names both a country and a region ("CA": Canada or California), so the city decides. */
    static boolean isTwoWay(String text) {
        return text != null && TWO_WAY.contains(key(text));
    }

    static String key(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static void aliases(String code, String... names) {
        for (String name : names) {
            COUNTRIES.put(name, code);
        }
    }

    private static void region(String country, String zone, String... names) {
        Place place = new Place(country, ZoneId.of(zone));
        for (String name : names) {
            REGIONS.put(name, place);
            String other = COUNTRIES.get(name);
            if (other != null && !other.equals(country)) {
                TWO_WAY.add(name);
            }
        }
    }

    private static void city(String country, String zone, String... names) {
        Place place = new Place(country, ZoneId.of(zone));
        for (String name : names) {
            CITIES.put(name, place);
        }
    }
}
