package dev.earshot.users;

import static dev.earshot.users.UserFixture.T0;
import static dev.earshot.users.UserFixture.count;
import static dev.earshot.users.UserFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.analytics.Analytics;
import dev.earshot.analytics.AnalyticsFilter;
import dev.earshot.analytics.Rollups;
import dev.earshot.models.ListeningFold;
import dev.earshot.recommendations.RecommendationService;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on a real file with the listener in every table: rows per table go to zero, the overview and the
 * recommender forget them, and after a compaction and a clean shutdown no byte of their ids is left in the file
 * or its log. Prints the figures (rows per table before and after, id occurrences in the bytes before and after).
 */
class ErasureFileTest {
    private static final String ERASEE = "erasee-7f3a9c";
    private static final List<String> TABLES = List.of("events", "rejected_events", "user_listens", "rollup_user_hour", "rollup_user_day");

    @TempDir
    Path dir;

    @Test
    void erasesEveryRowThenEveryByte() throws IOException {
        List<String> ids = new ArrayList<>(List.of(ERASEE));
        List<Listen> listens = new ArrayList<>();
        String[] tracks = {"track-a", "track-b", "track-c", "track-d", "track-e"};
        for (int i = 0; i < 40; i++) {
            String id = "evt-" + ERASEE + "-" + i;
            ids.add(id);
            listens.add(Listen.play(id, ERASEE, T0.plusSeconds(600L * i)).track(tracks[i % 4], "Queen"));
        }
        for (int u = 0; u < 6; u++) {
            for (int i = 0; i < 8; i++) {
                listens.add(Listen.play("evt-keeper-" + u + "-" + i, "keeper-" + u, T0.plusSeconds(900L * i))
                        .track(tracks[(u + i) % tracks.length], "Queen"));
            }
        }
        Path db = dir.resolve("earshot.duckdb");
        UserFixture f = UserFixture.of(dir, listens);
        f.warehouse.write(List.of(), List.of(
                rejected("{\"user_id\":\"" + ERASEE + "\",\"event_id\":\"evt-" + ERASEE + "-bad\",\"event_type\":\"nap\"}"),
                rejected("{not json at all, sent by " + ERASEE + "}"),
                rejected("{\"user_id\":\"keeper-0\",\"event_type\":\"nap\"}")));
        ids.add("evt-" + ERASEE + "-bad");
        new Rollups(f.warehouse).ensure().refresh(T0.plus(Duration.ofDays(1)));
        RecommendationService recs = new RecommendationService(
                new ListeningFold(f.warehouse, Duration.ofDays(30), f.clock, true), f.warehouse, f.clock);
        recs.refit();
        Analytics analytics = Analytics.withRollups(f.warehouse);
        AnalyticsFilter day = new AnalyticsFilter(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), null, null);

        Map<String, Long> before = rows(f.warehouse);
        long listenersBefore = analytics.activity().overview(day).listeners();
        long playsBefore = analytics.activity().overview(day).plays();
        assertThat(before.values()).allMatch(n -> n > 0);
        assertThat(recs.recommend(ERASEE, 5)).isPresent();

        UserErasure erasure = new UserErasure(f.listens, ErasureAudit.open(ErasureAudit.keyFileFor(db)), recs::refit,
                f.clock);
        UserErasure.Erased erased = erasure.erase(ERASEE, Optional.of("admin-key-id")).orElseThrow();

        Map<String, Long> after = rows(f.warehouse);
        assertThat(after.values()).allMatch(n -> n == 0);
        assertThat(erased.removed()).containsEntry("events", 40L).containsEntry("rejected_events", 2L);
        assertThat(analytics.activity().overview(day).listeners()).isEqualTo(listenersBefore - 1);
        assertThat(analytics.activity().overview(day).plays()).isEqualTo(playsBefore - 40);
        // the rollups without a listener column (genre and mood hours) are recomputed: still the raw answers
        Analytics raw = Analytics.over(f.warehouse);
        assertThat(analytics.taste().moods(day)).isEqualTo(raw.taste().moods(day));
        assertThat(analytics.taste().genres(day, dev.earshot.analytics.Bucket.HOUR))
                .isEqualTo(raw.taste().genres(day, dev.earshot.analytics.Bucket.HOUR));
        assertThat(analytics.retention().cohorts(day, 2)).isEqualTo(raw.retention().cohorts(day, 2));
        assertThat(recs.recommend(ERASEE, 5)).isEmpty();
        assertThat(recs.recommend("keeper-0", 5)).isPresent();
        assertThat(count(f.warehouse, "SELECT count(*) FROM rejected_events")).isEqualTo(1);

        f.warehouse.checkpointIfDue();
        long bytesBeforeCompact = occurrences(db, ids);
        Compaction.Compacted compacted = new Compaction(f.warehouse, Duration.ofHours(24), f.clock).compact();
        assertThat(compacted.erasures()).isEqualTo(1);
        // the reopened file still answers, and still has everyone else
        assertThat(count(f.warehouse, "SELECT count(DISTINCT user_id) FROM events")).isEqualTo(6);
        assertThat(analytics.activity().overview(day).listeners()).isEqualTo(listenersBefore - 1);
        f.warehouse.write(Stored.of(List.of(Listen.play("evt-after", "keeper-9", T0))), List.of());
        assertThat(f.warehouse.countEvents()).isEqualTo(49);
        f.close();
        long bytesAfterCompact = occurrences(db, ids);

        System.out.printf("erasure figures: rows before %s, after %s; id occurrences in file+wal before compaction %d,"
                + " after compaction and shutdown %d; file %d -> %d bytes%n", before, after, bytesBeforeCompact,
                bytesAfterCompact, compacted.bytesBefore(), compacted.bytesAfter());
        assertThat(bytesAfterCompact).isZero();
        assertThat(Files.exists(Path.of(db + ".wal"))).isFalse();
    }

    private static Map<String, Long> rows(DuckDbWarehouse w) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, count(w, "SELECT count(*) FROM " + table + " WHERE "
                    + (table.equals("rejected_events") ? "raw LIKE '%" + ERASEE + "%'" : "user_id = '" + ERASEE + "'")));
        }
        return rows;
    }

    /** How many times any of the ids occurs in the bytes of the file and its log. */
    private static long occurrences(Path db, List<String> ids) throws IOException {
        long n = 0;
        for (Path p : List.of(db, Path.of(db + ".wal"))) {
            if (!Files.exists(p)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            for (String id : ids) {
                for (int at = bytes.indexOf(id); at >= 0; at = bytes.indexOf(id, at + 1)) {
                    n++;
                }
            }
        }
        return n;
    }
}
