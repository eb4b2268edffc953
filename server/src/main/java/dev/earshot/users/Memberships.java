package dev.earshot.users;

import dev.earshot.store.BoundSql;
import dev.earshot.segments.Preset;
import dev.earshot.analytics.Range;
import dev.earshot.segments.RuleSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Which presets one listener belongs to: every preset's matching listens counted in one pass over their rows. */
final class Memberships {
    private Memberships() {
    }

    static List<SegmentRef> of(Mine mine, Range r, List<Preset> presets) throws SQLException {
        List<SegmentRef> in = new ArrayList<>();
        if (presets.isEmpty()) {
            return in;
        }
        try (var ps = mine.prepare(sql(r, presets)); ResultSet rs = ps.executeQuery()) {
            rs.next();
            for (int i = 0; i < presets.size(); i++) {
                Preset p = presets.get(i);
                if (p.rule().admits(rs.getLong(i + 1), rs.getLong(presets.size() + 1))) {
                    in.add(new SegmentRef(p.id(), p.name()));
                }
            }
        }
        return in;
    }

    private static BoundSql sql(Range r, List<Preset> presets) {
        BoundSql sql = BoundSql.of("SELECT ");
        for (int i = 0; i < presets.size(); i++) {
            sql = sql.then(i == 0 ? "count(*) FILTER (WHERE " : ", count(*) FILTER (WHERE ")
                    .then(RuleSql.condition(presets.get(i).rule())).then(")");
        }
        return sql.then(", count(*) FROM mine e WHERE e.event_type = 'play' AND e." + ProfileSql.IN_RANGE,
                ProfileSql.from(r), ProfileSql.to(r));
    }
}
