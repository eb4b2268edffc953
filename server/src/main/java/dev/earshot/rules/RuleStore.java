package dev.earshot.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.earshot.analytics.Rollups;
import dev.earshot.store.Cursor;
import dev.earshot.store.RuleViews;
import dev.earshot.store.SqlReader;
import dev.earshot.store.SqlWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Keeps the cleanup rules (schema v7) and applies them to all history at once: saving replaces the document and
 * its two effect tables, redefines the views every statistic reads ({@link RuleViews}) and refolds the rollups
 * from them, in one transaction of the one writer, so that every reader sees the old rules or the new ones. The
 * per-user copy needs no rebuild: its readers go through {@code kept_user_listens}. Nothing is ever deleted.
 */
public final class RuleStore {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final String EXCLUDED = "SELECT (SELECT count(*) FROM events) - (SELECT count(*) FROM listens)";

    private final SqlReader reader;
    private final SqlWriter writer;
    private final Clock clock;
    private final UnaryOperator<String> listenerId;

    /** {@code listenerId} maps a user id named in a rule to the one the warehouse keeps (pseudonyms). */
    public RuleStore(SqlReader reader, SqlWriter writer, Clock clock, UnaryOperator<String> listenerId) {
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
        this.listenerId = listenerId;
    }

    public RulesView current() {
        return reader.read(conn -> {
            CleanupRules rules = CleanupRules.NONE;
            Instant updated = null;
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT document, epoch_us(updated_at) FROM cleanup_rules")) {
                if (rs.next()) {
                    rules = parse(rs.getString(1));
                    updated = Cursor.instant(rs.getLong(2));
                }
            }
            long excluded;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(EXCLUDED)) {
                rs.next();
                excluded = rs.getLong(1);
            }
            return new RulesView(rules.exclude(), rules.merges(), rules.splits(), updated, excluded);
        });
    }

    /** Validates {@code requested} ({@link InvalidRulesException} naming each bad field), saves and applies it. */
    public RulesView replace(CleanupRules requested) {
        CleanupRules rules = RuleCheck.checked(requested, listenerId);
        Instant now = clock.instant();
        writer.writeAsideInTransaction(conn -> {
            save(conn, rules, now);
            RuleViews.define(conn);
            Rollups.refold(conn);
            return null;
        });
        return current();
    }

    /**
     * Matches the exclusions against the catalog again (tracks that arrived or changed since the rules were
     * saved), and refolds the rollups only when they counted a track that went in or out: a new song's listens are
     * still in the unrolled tail, so the usual case costs a scan of the catalog. Scheduled from the wiring place.
     */
    public void keepCurrent() {
        writer.writeAsideInTransaction(conn -> {
            if (RuleViews.rematch(conn) && Rollups.countedAnyOf(conn, "rule_changed_tracks")) {
                Rollups.refold(conn);
            }
            return null;
        });
    }

    /**
     * Erasure: takes the listener out of the exclusions, inside the erasing transaction, since a rule naming them is
     * a row of theirs too. Answers the entries removed (0 or 1).
     */
    public static long forget(Connection conn, String userId) throws SQLException {
        CleanupRules rules;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT document FROM cleanup_rules")) {
            if (!rs.next()) {
                return 0;
            }
            rules = parse(rs.getString(1));
        }
        CleanupRules.Exclusions x = rules.exclude();
        if (!x.listeners().contains(userId)) {
            return 0;
        }
        CleanupRules.Exclusions kept = new CleanupRules.Exclusions(x.artists(), x.albums(), x.tracks(), x.genres(),
                x.listeners().stream().filter(id -> !id.equals(userId)).toList(), x.podcasts(), x.audiobooks(),
                x.sources());
        try (PreparedStatement ps = conn.prepareStatement("UPDATE cleanup_rules SET document = ?")) {
            ps.setString(1, json(new CleanupRules(kept, rules.merges(), rules.splits())));
            ps.execute();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "DELETE FROM rule_exclusions WHERE kind = 'listener' AND value = ?")) {
            ps.setString(1, userId);
            ps.execute();
        }
        RuleViews.define(conn);
        return 1;
    }

    private static void save(Connection conn, CleanupRules rules, Instant now) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM cleanup_rules; DELETE FROM rule_exclusions; DELETE FROM rule_artists");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO cleanup_rules VALUES (?, make_timestamp(?))")) {
            ps.setString(1, json(rules));
            ps.setLong(2, Cursor.micros(now));
            ps.execute();
        }
        ArtistMap artists = new ArtistMap(rules);
        CleanupRules.Exclusions x = rules.exclude();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO rule_exclusions VALUES (?, ?)")) {
            // An excluded artist is matched after the merges, so that either spelling leaves out both.
            add(ps, "artist", x.artists().stream().map(a -> RuleCheck.key(artists.canonical(a))).toList());
            add(ps, "album", x.albums().stream().map(RuleCheck::key).toList());
            add(ps, "genre", x.genres().stream().map(RuleCheck::key).toList());
            add(ps, "track", x.tracks());
            add(ps, "listener", x.listeners());
            add(ps, "spoken", spoken(x));
            add(ps, "source", x.sources());
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO rule_artists VALUES (?, ?)")) {
            for (Map.Entry<String, List<String>> row : artists.rows().entrySet()) {
                add(ps, row.getKey(), row.getValue());
            }
        }
    }

    private static List<String> spoken(CleanupRules.Exclusions x) {
        return Stream.of(x.podcasts() ? "podcast" : null, x.audiobooks() ? "audiobook" : null)
                .filter(Objects::nonNull).toList();
    }

    private static void add(PreparedStatement ps, String first, List<String> seconds) throws SQLException {
        if (seconds.isEmpty()) {
            return;
        }
        for (String second : seconds) {
            ps.setString(1, first);
            ps.setString(2, second);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static String json(CleanupRules rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cleanup rules could not be written as JSON", e);
        }
    }

    private static CleanupRules parse(String document) {
        try {
            return JSON.readValue(document, CleanupRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored cleanup rules are not readable", e);
        }
    }
}
