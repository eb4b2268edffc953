package dev.earshot.segments;

import dev.earshot.event.Platform;
import dev.earshot.event.WireEnum;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;

/**
 * Who belongs to a segment: listeners with at least {@code minListens} listens (plays) in the range that
 * match every condition given. Every condition is optional (null); they are AND-ed. {@code genre} is the
 * listen's top predicted genre; {@code hours} is the listener's local hour; {@code artist} ignores case.
 * Values are checked here, so a rule that exists is one the SQL can use.
 */
public record Rule(String genre, String mood, String context, String platform, String country,
                   Double minEngagement, HourRange hours, String artist, int minListens) {
    public static final int DEFAULT_MIN_LISTENS = 3;
    private static final WireEnum.Lookup<Mood> MOODS = new WireEnum.Lookup<>(Mood.values());
    private static final WireEnum.Lookup<ListeningContext> CONTEXTS = new WireEnum.Lookup<>(ListeningContext.values());

    public Rule {
        genre = blankToNull(genre);
        check("genre", genre, Genre.WIRE);
        artist = blankToNull(artist);
        check("mood", mood, MOODS);
        check("context", context, CONTEXTS);
        check("platform", platform, Platform.WIRE);
        country = country(country);
        if (minEngagement != null && !(minEngagement >= 0 && minEngagement <= 1)) {
            throw new InvalidRuleException("min_engagement", "must be a number from 0 to 1");
        }
        if (minListens < 1) {
            throw new InvalidRuleException("min_listens", "must be at least 1");
        }
    }

    /** A copy with {@code artist} set: how presets name an artist known only at query time. */
    public Rule withArtist(String name) {
        return new Rule(genre, mood, context, platform, country, minEngagement, hours, name, minListens);
    }

    private static void check(String field, String value, WireEnum.Lookup<?> allowed) {
        if (value != null && allowed.find(value).isEmpty()) {
            throw new InvalidRuleException(field, "unknown value '" + value + "'; expected one of: " + allowed.allowed());
        }
    }

    private static String country(String value) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        return Filters.countryCode(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
