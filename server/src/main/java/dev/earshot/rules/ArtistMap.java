package dev.earshot.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The artist credits the merges and splits change, each with the names it counts for: the rows of
 * {@code rule_artists}, keyed by the credit in lower case so that any spelling of its case matches. A merge's
 * target maps to itself too, so that "BEYONCÉ" and "Beyoncé" are one artist with it; a split's artists go
 * through the merges ("Beyonce & Jay-Z" counts for "Beyoncé").
 */
final class ArtistMap {
    private final Map<String, String> merged = new LinkedHashMap<>();
    private final Map<String, List<String>> rows = new LinkedHashMap<>();

    ArtistMap(CleanupRules rules) {
        for (CleanupRules.Merge m : rules.merges()) {
            merged.put(RuleCheck.key(m.into()), m.into());
            m.names().forEach(n -> merged.put(RuleCheck.key(n), m.into()));
        }
        merged.forEach((key, into) -> rows.put(key, List.of(into)));
        for (CleanupRules.Split s : rules.splits()) {
            List<String> names = new ArrayList<>();
            for (String n : s.into()) {
                String name = canonical(n);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            rows.put(RuleCheck.key(s.artist()), List.copyOf(names));
        }
    }

    /** The name {@code artist} counts as after the merges (itself when no merge names it). */
    String canonical(String artist) {
        return merged.getOrDefault(RuleCheck.key(artist), artist);
    }

    /** Credit (lower case) → the names it counts for, in order. */
    Map<String, List<String>> rows() {
        return rows;
    }
}
