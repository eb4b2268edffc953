package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.analytics.Range;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The range's listens in {@code mine} counted by genre, mood, context and local hour in one query: a page
 * asks DuckDB once instead of four times, and each query costs a millisecond or more of planning and
 * scheduling however few rows it reads (more on a busy machine), while ranking a few dozen counts here is free.
 */
final class Facets {
    static final String GENRE = "genre";
    static final String MOOD = "mood";
    static final String CONTEXT = "context";
    static final String HOUR = "hour";

    private static final Comparator<NamedCount> MOST_FIRST =
            Comparator.comparingLong(NamedCount::listens).reversed().thenComparing(NamedCount::name);

    private final Map<String, List<NamedCount>> byKind;

    private Facets(Map<String, List<NamedCount>> byKind) {
        this.byKind = byKind;
    }

    static Facets read(Mine mine, Range r) throws SQLException {
        Map<String, List<NamedCount>> byKind = new HashMap<>();
        try (var ps = mine.prepare(sql(r)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byKind.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new NamedCount(rs.getString(2), rs.getLong(3), 0));
            }
        }
        return new Facets(byKind);
    }

    /** UNPIVOT leaves out NULLs: each kind counts only the listens where it is known. */
    private static BoundSql sql(Range r) {
        return BoundSql.of("SELECT kind, name, count(*) FROM (SELECT genre, mood, context, hour(local_ts)::VARCHAR AS hour"
                + " FROM mine WHERE event_type = 'play' AND " + ProfileSql.IN_RANGE + ")"
                + " UNPIVOT (name FOR kind IN (genre, mood, context, hour)) GROUP BY kind, name",
                ProfileSql.from(r), ProfileSql.to(r));
    }

    /** The {@code limit} most listened values of {@code kind}, with their share of the listens where it is known. */
    List<NamedCount> top(String kind, int limit) {
        List<NamedCount> all = byKind.getOrDefault(kind, List.of());
        double known = all.stream().mapToLong(NamedCount::listens).sum();
        return all.stream().sorted(MOST_FIRST).limit(limit)
                .map(c -> new NamedCount(c.name(), c.listens(), c.listens() / known)).toList();
    }

    /** All 24 local hours, zero where nothing was played. */
    List<HourListens> clock() {
        long[] byHour = new long[24];
        for (NamedCount c : byKind.getOrDefault(HOUR, List.of())) {
            byHour[Integer.parseInt(c.name())] = c.listens();
        }
        List<HourListens> out = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            out.add(new HourListens(h, byHour[h]));
        }
        return out;
    }
}
