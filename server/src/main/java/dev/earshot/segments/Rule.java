package dev.earshot.segments;

import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.event.Platform;
import dev.earshot.event.WireEnum;
import dev.earshot.vocab.Genre;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;

/**
 * Who belongs to a segment: listeners with at least {@code minListens} listens (plays) in the range that
 * match every condition given and, when {@code minShare} is set, whose matching listens are at least that share
 * of all their listens in the range (taste is a share: 27 rock listens of a latin fan's 400 is not a rock fan).
 * Every condition is optional (null); they are AND-ed. {@code genre} is the
 * listen's top predicted genre; {@code hours} is the listener's local hour; {@code artist} ignores case.
 * Values are checked here, so a rule that exists is one the SQL can use.
 */
public record Rule(String genre, String mood, String context, String platform, String country,
                   Double minEngagement, HourRange hours, String artist, int minListens, Double minShare) {
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
            throw new InvalidParameterException("min_engagement", "must be a number from 0 to 1");
        }
        if (minListens < 1) {
            throw new InvalidParameterException("min_listens", "must be at least 1");
        }
        if (minShare != null && !(minShare > 0 && minShare <= 1)) {
            throw new InvalidParameterException("min_share", "must be a number above 0 and at most 1");
        }
    }

    /** A rule without a share condition. */
    public Rule(String genre, String mood, String context, String platform, String country,
                Double minEngagement, HourRange hours, String artist, int minListens) {
        this(genre, mood, context, platform, country, minEngagement, hours, artist, minListens, null);
    }

    /** Whether a listener with {@code matching} of {@code listens} listens in the range belongs: the one place. */
    public boolean admits(long matching, long listens) {
        return matching >= minListens && (minShare == null || matching >= minShare * listens);
    }

    /** A copy that also asks for at least {@code share} of the listener's listens. */
    public Rule withMinShare(Double share) {
        return new Rule(genre, mood, context, platform, country, minEngagement, hours, artist, minListens, share);
    }

    /** A copy with {@code artist} set: how presets name an artist known only at query time. */
    public Rule withArtist(String name) {
        return new Rule(genre, mood, context, platform, country, minEngagement, hours, name, minListens, minShare);
    }

    private static void check(String field, String value, WireEnum.Lookup<?> allowed) {
        if (value != null && allowed.find(value).isEmpty()) {
            throw new InvalidParameterException(field, "unknown value '" + value + "'; expected one of: " + allowed.allowed());
        }
    }

    private static String country(String value) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        return AnalyticsFilter.countryCode(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
