package dev.earshot.rules;

import dev.earshot.catalog.ArtistCredits;
import dev.earshot.store.EventOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Validates a rules document and gives it in its one stored form: names stripped, each split's artists spelt
 * out, listener ids as the warehouse keeps them. Every problem is reported, each naming its field, so that a
 * form can mark all of them at once.
 */
public final class RuleCheck {
    static final int MAX_ENTRIES = 1_000;
    static final int MAX_NAME = 256;
    static final int MAX_ID = 128;

    private final List<FieldProblem> problems = new ArrayList<>();

    private RuleCheck() {
    }

    /** {@code rules} as stored; {@code listenerId} maps a user id named in a rule to the one the warehouse keeps. */
    public static CleanupRules checked(CleanupRules rules, UnaryOperator<String> listenerId) {
        RuleCheck check = new RuleCheck();
        CleanupRules out = check.run(rules, listenerId);
        if (!check.problems.isEmpty()) {
            throw new InvalidRulesException(check.problems);
        }
        return out;
    }

    private CleanupRules run(CleanupRules rules, UnaryOperator<String> listenerId) {
        CleanupRules.Exclusions x = rules.exclude();
        CleanupRules.Exclusions exclude = new CleanupRules.Exclusions(names(x.artists(), "exclude.artists", MAX_NAME),
                names(x.albums(), "exclude.albums", MAX_NAME), ids(x.tracks(), "exclude.tracks"),
                names(x.genres(), "exclude.genres", MAX_NAME),
                ids(x.listeners(), "exclude.listeners").stream().map(listenerId).toList(),
                x.podcasts(), x.audiobooks(), sources(x.sources()));
        Map<String, String> mergedBy = new HashMap<>();
        List<CleanupRules.Merge> merges = new ArrayList<>();
        count(rules.merges(), "merges");
        for (int i = 0; i < rules.merges().size(); i++) {
            merges.add(merge(rules.merges().get(i), "merges[" + i + "]", mergedBy));
        }
        Map<String, String> splitBy = new HashMap<>();
        List<CleanupRules.Split> splits = new ArrayList<>();
        count(rules.splits(), "splits");
        for (int i = 0; i < rules.splits().size(); i++) {
            splits.add(split(rules.splits().get(i), "splits[" + i + "]", mergedBy, splitBy));
        }
        return new CleanupRules(exclude, merges, splits);
    }

    private CleanupRules.Merge merge(CleanupRules.Merge m, String field, Map<String, String> mergedBy) {
        if (m == null) {
            problem(field, "must be an object with 'into' and 'names'");
            return new CleanupRules.Merge(null, List.of());
        }
        String into = name(m.into(), field + ".into", MAX_NAME);
        List<String> names = names(m.names(), field + ".names", MAX_NAME);
        if (m.names().isEmpty()) {
            problem(field + ".names", "must name at least one spelling to merge into '" + into + "'");
        }
        List<String> all = new ArrayList<>(names);
        all.add(into);
        for (String name : all) {
            if (name == null) {
                continue;
            }
            String other = mergedBy.putIfAbsent(key(name), field);
            if (other != null && !other.equals(field)) {
                problem(field, "names '" + name + "', which " + other + " merges already; a name belongs to one merge");
            }
        }
        return new CleanupRules.Merge(into, names);
    }

    private CleanupRules.Split split(CleanupRules.Split s, String field, Map<String, String> mergedBy,
                                     Map<String, String> splitBy) {
        if (s == null) {
            problem(field, "must be an object with 'artist' and optionally 'into'");
            return new CleanupRules.Split(null, List.of());
        }
        String artist = name(s.artist(), field + ".artist", MAX_NAME);
        if (artist == null) {
            return new CleanupRules.Split(null, List.of());
        }
        if (mergedBy.containsKey(key(artist))) {
            problem(field + ".artist", "'" + artist + "' is merged by " + mergedBy.get(key(artist))
                    + "; a name is either merged or split");
        }
        String other = splitBy.putIfAbsent(key(artist), field);
        if (other != null) {
            problem(field + ".artist", "'" + artist + "' is split by " + other + " already");
        }
        List<String> into = s.into() == null ? ArtistCredits.split(artist) : names(s.into(), field + ".into", MAX_NAME);
        if (into.size() < 2) {
            problem(s.into() == null ? field + ".artist" : field + ".into", s.into() == null
                    ? "'" + artist + "' names one artist only; list its artists in 'into'"
                    : "must name at least two artists");
        }
        return new CleanupRules.Split(artist, into);
    }

    /** The distinct sources named, each one Earshot writes ({@link EventOrigin#known}): a typo would exclude nothing. */
    private List<String> sources(List<String> values) {
        count(values, "exclude.sources");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "exclude.sources[" + i + "]";
            String source = name(values.get(i), field, MAX_ID);
            if (source == null) {
                continue;
            }
            if (!EventOrigin.known(source)) {
                problem(field, "'" + source + "' is not a source; one of " + String.join(", ", EventOrigin.FIXED)
                        + " or import:<format>");
            } else if (out.contains(source)) {
                problem(field, "repeats '" + source + "'");
            } else {
                out.add(source);
            }
        }
        return out;
    }

    /** The stripped, distinct (whatever their case) names of a list, reporting each bad one by its index. */
    private List<String> names(List<String> values, String field, int maxLength) {
        return distinct(values, field, maxLength, RuleCheck::key);
    }

    /** As {@link #names}, for ids: "spotify:track:AbC" and "spotify:track:abc" are two tracks. */
    private List<String> ids(List<String> values, String field) {
        return distinct(values, field, MAX_ID, UnaryOperator.identity());
    }

    private List<String> distinct(List<String> values, String field, int maxLength, UnaryOperator<String> sameness) {
        count(values, field);
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = name(values.get(i), field + "[" + i + "]", maxLength);
            if (name == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(sameness.apply(name), i);
            if (first != null) {
                problem(field + "[" + i + "]", "repeats '" + name + "' (" + field + "[" + first + "])");
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private void count(List<?> values, String field) {
        if (values.size() > MAX_ENTRIES) {
            problem(field, "has " + values.size() + " entries; at most " + MAX_ENTRIES + " are allowed");
        }
    }

    /** The stripped name, or null (and a problem) when it is missing, blank, too long or has control characters. */
    private String name(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            problem(field, "must not be empty");
            return null;
        }
        String name = value.strip();
        if (name.length() > maxLength) {
            problem(field, "is " + name.length() + " characters long; at most " + maxLength + " are allowed");
            return null;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            problem(field, "must not contain control characters");
            return null;
        }
        return name;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Names are matched whatever their case, as the stored rules match them (lower case, see RuleViews). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
