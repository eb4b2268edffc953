package dev.earshot.users;

import dev.earshot.analytics.Range;
import dev.earshot.store.BoundSql;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.store.Cursor;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Listeners whose id starts with a prefix, most plays first: over all time, or within a range and filters. */
public final class UserSearch {
    /** Above every character: {@code prefix + MAX} bounds all ids that start with the prefix. */
    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final UserListens listens;

    public UserSearch(UserListens listens) {
        this.listens = listens;
    }

    public List<UserSummary> search(String prefix, int limit) {
        return search(prefix, limit, AnalyticsFilter.all());
    }

    /** Plays and last seen counted within {@code filter} only (its range {@link Range#ALL}: all time). */
    public List<UserSummary> search(String prefix, int limit, AnalyticsFilter filter) {
        return listens.read((conn, watermark) -> {
            BoundSql sql = sql(prefix, limit, filter, watermark);
            List<UserSummary> out = new ArrayList<>();
            try (var ps = sql.prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UserSummary(rs.getString(1), rs.getLong(2), Cursor.instant(rs.getLong(3))));
                }
            }
            return out;
        });
    }

    private static BoundSql sql(String prefix, int limit, AnalyticsFilter f, Instant watermark) {
        // The id range lets the user-ordered copy skip row groups; starts_with keeps the answer exact.
        BoundSql filter = prefix.isEmpty() ? BoundSql.of("true")
                : BoundSql.of("user_id >= ? AND user_id < ? AND starts_with(user_id, ?)", prefix, prefix + MAX, prefix);
        Range range = f.range();
        if (!range.equals(Range.ALL)) {
            filter = filter.then(" AND " + ProfileSql.IN_RANGE, ProfileSql.from(range), ProfileSql.to(range));
        }
        BoundSql rows = UserRows.rows(filter.then(" AND ").then(f.condition()), watermark);
        return BoundSql.of("SELECT user_id, count(*) FILTER (WHERE event_type = 'play') AS plays,"
                + " epoch_us(max(ts)) FROM ").then(rows)
                .then(" GROUP BY user_id ORDER BY plays DESC, user_id LIMIT ?", limit);
    }
}
