package dev.earshot.segments;

import dev.earshot.store.BoundSql;
import dev.earshot.event.Platform;
import java.util.Locale;

/**
 * The common filters beside the range (docs/api-analytics.md): only events on {@code platform} and from
 * {@code country}, each null for all. Values are checked here, as rule values are.
 */
public record Filters(Platform platform, String country) {
    public static final Filters NONE = new Filters(null, null);

    public Filters {
        country = country == null ? null : countryCode(country);
    }

    /** The one country rule of every route and rule: ISO 3166-1 alpha-2, any case in, upper case out. */
    public static String countryCode(String value) {
        if (!value.matches("[A-Za-z]{2}")) {
            throw new InvalidRuleException("country", "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** From query values; blank means all. */
    public static Filters parse(String platform, String country) {
        Platform p = null;
        if (platform != null && !platform.isBlank()) {
            p = Platform.WIRE.find(platform.strip()).orElseThrow(() -> new InvalidRuleException("platform",
                    "unknown value '" + platform + "'; expected one of: " + Platform.WIRE.allowed()));
        }
        return new Filters(p, country == null || country.isBlank() ? null : country.strip());
    }

    /** The filters as a condition on columns {@code platform} and {@code country}, "true" without any. */
    public BoundSql condition() {
        BoundSql sql = BoundSql.of("true");
        if (platform != null) {
            sql = sql.then(" AND platform = ?", platform.wire());
        }
        return country == null ? sql : sql.then(" AND country = ?", country);
    }

    /** Whether an event from {@code eventCountry} passes the country filter. */
    public boolean countryMatches(String eventCountry) {
        return country == null || country.equals(eventCountry);
    }
}
