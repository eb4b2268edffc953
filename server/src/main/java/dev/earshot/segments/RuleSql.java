package dev.earshot.segments;

import dev.earshot.store.BoundSql;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule as one SQL condition over a row of listens aliased {@code e} (events, or the per-user copy with the
 * same column names). The one place a rule becomes SQL.
 */
public final class RuleSql {
    private RuleSql() {
    }

    /** The rule's conditions AND-ed, "true" for a rule without any. */
    public static BoundSql condition(Rule r) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(terms, params, "e.genre = ?", r.genre());
        add(terms, params, "e.mood = ?", r.mood());
        add(terms, params, "e.context = ?", r.context());
        add(terms, params, "e.platform = ?", r.platform());
        add(terms, params, "e.country = ?", r.country());
        add(terms, params, "e.engagement >= ?", r.minEngagement());
        // The artist's tracks as a set rather than a join to every track: DuckDB hashes the few tracks of
        // one artist instead of the whole catalog, and the listens need no join at all. The name goes through the
        // cleanup rules' merges, so that "Beyonce" finds the tracks of the "Beyoncé" it is merged into.
        if (r.artist() != null) {
            terms.add("e.track_id IN (SELECT track_id FROM track_artists WHERE lower(artist) IN"
                    + " (SELECT lower(?) UNION SELECT lower(credited) FROM rule_artists WHERE artist = lower(?)))");
            params.add(r.artist());
            params.add(r.artist());
        }
        if (r.hours() != null) {
            terms.add(r.hours().wraps() ? "(hour(e.local_ts) >= ? OR hour(e.local_ts) <= ?)"
                    : "hour(e.local_ts) BETWEEN ? AND ?");
            params.add(r.hours().from());
            params.add(r.hours().to());
        }
        String sql = terms.isEmpty() ? "true" : "(" + String.join(" AND ", terms) + ")";
        return new BoundSql(sql, params);
    }

    private static void add(List<String> terms, List<Object> params, String term, Object value) {
        if (value != null) {
            terms.add(term);
            params.add(value);
        }
    }
}
