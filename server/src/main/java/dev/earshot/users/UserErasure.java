package dev.earshot.users;

import dev.earshot.analytics.Rollups;
import dev.earshot.rules.RuleStore;
import dev.earshot.store.BoundSql;
import dev.earshot.store.EventOrigin;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The right to erasure (DESIGN §3): every stored row of one listener goes, in one transaction run as a job of the
 * one writer: their events, their rows in the per-user copy, the rejected events they sent (matched on the raw
 * text too, so that a body that was not even JSON goes as well), their rollup rows (and the track-days their
 * plays were counted in, recomputed), with an audit row. Then the fitted models are refitted without them, so
 * that they are no longer recommended to, a reason or a neighbour. Their bytes leave the file at the next
 * {@link Compaction}. Events of theirs still being ingested while this runs are not erased.
 */
public final class UserErasure {
    /** Characters that may be part of an id: a match in raw text must not be inside a longer id. */
    private static final String NOT_ID_CHAR = "[^A-Za-z0-9_.:@-]";

    private final UserListens listens;
    private final ErasureAudit audit;
    /** Makes what is held in memory forget the listener too: fitted models, the key ring. */
    private final Runnable forgetInMemory;
    private final Clock clock;

    public UserErasure(UserListens listens, ErasureAudit audit, Runnable forgetInMemory, Clock clock) {
        this.listens = listens;
        this.audit = audit;
        this.forgetInMemory = forgetInMemory;
        this.clock = clock;
    }

    /** What one erasure removed: rows per table, in a stable order. */
    public record Erased(String userId, Map<String, Long> removed) {
        public long deletedEvents() {
            return removed.getOrDefault("events", 0L);
        }
    }

    /** Erases {@code userId} on behalf of the key {@code keyId}; empty (nothing done) when nothing of theirs is stored. */
    public Optional<Erased> erase(String userId, Optional<String> keyId) {
        Optional<Erased> erased = listens.writeInTransaction(conn -> {
            Instant at = clock.instant();
            Rollups.noteTrackDaysOf(conn, userId);
            Map<String, Long> removed = new LinkedHashMap<>();
            removed.put("events", execute(conn, BoundSql.of("DELETE FROM events WHERE user_id = ?", userId)));
            removed.put("rejected_events", execute(conn, BoundSql.of("DELETE FROM rejected_events"
                    + " WHERE (json_valid(raw) AND json_extract_string(raw, '$.user_id') = ?)"
                    + " OR regexp_matches(raw, ?)", userId, rawTextPattern(userId))));
            long copied = execute(conn, BoundSql.of("DELETE FROM user_listens WHERE user_id = ?", userId));
            removed.put("user_listens", copied);
            removed.putAll(Rollups.forget(conn, userId));
            // A key bound to the listener names them, and would go on letting their scrobbler write as them.
            removed.put("api_keys", execute(conn, BoundSql.of("DELETE FROM api_keys WHERE user_id = ?", userId)));
            removed.put("cleanup_rules", RuleStore.forget(conn, userId));
            // What a scrobbler said was playing, and the import jobs run for them, name the listener too.
            removed.put("now_playing", execute(conn, BoundSql.of("DELETE FROM now_playing WHERE user_id = ?", userId)));
            removed.put("import_jobs", execute(conn, BoundSql.of("DELETE FROM import_jobs WHERE user_id = ?", userId)));
            if (removed.values().stream().allMatch(n -> n == 0)) {
                // Nothing deleted: committing changes only this connection's temporary tables.
                return Optional.<Erased>empty();
            }
            execute(conn, BoundSql.of("UPDATE user_listens_state SET row_count = row_count - ?", copied));
            audit.record(conn, at, keyId, userId, removed);
            return Optional.of(new Erased(userId, Collections.unmodifiableMap(removed)));
        });
        erased.ifPresent(e -> forgetInMemory.run());
        return erased;
    }

    /**
     * Deletes every event of {@code source} (simulated data, say) the same way: from the events and the per-user
     * copy in one transaction of the one writer, then the models refitted. A source's events are spread over every
     * user-hour and track-day, so the rollups are recomputed from what is left (as saving the rules does) rather
     * than patched. Answers the events deleted; nothing is audited, since no listener asked to be forgotten.
     */
    public long eraseSource(EventOrigin source) {
        long deleted = listens.writeInTransaction(conn -> {
            long events = execute(conn, BoundSql.of("DELETE FROM events WHERE source = ?", source.wire()));
            if (events == 0) {
                return 0L;
            }
            long copied = execute(conn, BoundSql.of("DELETE FROM user_listens WHERE source = ?", source.wire()));
            execute(conn, BoundSql.of("UPDATE user_listens_state SET row_count = row_count - ?", copied));
            Rollups.refold(conn);
            return events;
        });
        if (deleted > 0) {
            forgetInMemory.run();
        }
        return deleted;
    }

    /** The id as a whole token anywhere in a raw body, valid JSON or not (RE2 syntax, the id taken literally). */
    static String rawTextPattern(String userId) {
        String literal = userId.contains("\\E") ? userId.replaceAll("([^A-Za-z0-9])", "\\\\$1")
                : "\\Q" + userId + "\\E";
        return "(^|" + NOT_ID_CHAR + ")" + literal + "($|" + NOT_ID_CHAR + ")";
    }

    private static long execute(Connection conn, BoundSql sql) throws SQLException {
        try (var ps = sql.prepare(conn)) {
            return ps.executeUpdate();
        }
    }
}
