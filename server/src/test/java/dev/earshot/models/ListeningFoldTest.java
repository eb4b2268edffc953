package dev.earshot.models;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.CoListeningWeights;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.RuleViews;
import dev.earshot.store.StoredEvent;
import dev.earshot.testkit.MutableClock;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental fold gives exactly what one scan of the model window gives (the models' input before the fold),
 * day after day as the window moves and late events arrive, and after deletions and a change of the cleanup rules.
 */
class ListeningFoldTest {
    private static final Duration WINDOW = Duration.ofDays(14);
    private static final EventType[] TYPES = {EventType.PLAY, EventType.PLAY, EventType.COMPLETE, EventType.SKIP,
            EventType.LIKE, EventType.UNLIKE, EventType.PAUSE, EventType.SHARE};

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;
    private final MutableClock clock = new MutableClock(T0);
    private final Random random = new Random(16);
    private int ids;

    /** One (listener, track) as the models receive it. */
    record Pair(String user, String track, double weight, int events) {
    }

    @BeforeEach
    void open() {
        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", clock);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void foldsDayByDayToWhatOneScanOfTheWindowGives() {
        ListeningFold fold = new ListeningFold(warehouse, WINDOW, clock, true);
        for (int day = 0; day < 25; day++) {
            write(400);
            List<Pair> folded = pairs(fold.current());
            assertThat(folded).as("day %d", day).isEqualTo(scanned());
            assertThat(fold.last().full()).as("only the first fold scans everything (day %d)", day).isEqualTo(day == 0);
            assertThat(pairs(new ListeningFold(warehouse, WINDOW, clock, true).current()))
                    .as("a fresh fold gives the same pairs in the same order").isEqualTo(folded);
            clock.advance(Duration.ofDays(1));
        }
        assertThat(scanned()).as("the window kept listens and dropped some").isNotEmpty();
    }

    @Test
    void startsAgainFromAFullScanAfterADeletionOrARuleChange() {
        ListeningFold fold = new ListeningFold(warehouse, WINDOW, clock, true);
        write(600);
        fold.current();
        clock.advance(Duration.ofHours(6));
        write(200);
        warehouse.writeAside(conn -> {
            try (Statement st = conn.createStatement()) {
                return st.executeUpdate("DELETE FROM events WHERE user_id = 'u3'");
            }
        });
        assertThat(pairs(fold.current())).isEqualTo(scanned()).noneMatch(p -> p.user().equals("u3"));
        assertThat(fold.last().full()).as("events behind the watermark went").isTrue();

        clock.advance(Duration.ofHours(6));
        write(200);
        warehouse.writeAside(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("INSERT INTO rule_exclusions VALUES ('track', 't7')");
            }
            RuleViews.define(conn);
            return null;
        });
        assertThat(pairs(fold.current())).isEqualTo(scanned()).noneMatch(p -> p.track().equals("t7"));
        assertThat(fold.last().full()).as("the rules changed what listens holds").isTrue();

        clock.advance(Duration.ofHours(6));
        write(200);
        assertThat(pairs(fold.current())).isEqualTo(scanned());
        assertThat(fold.last().full()).isFalse();
    }

    @Test
    void onTheLakeEveryFoldIsAFullScan() {
        ListeningFold fold = new ListeningFold(warehouse, WINDOW, clock, false);
        write(300);
        fold.current();
        clock.advance(Duration.ofHours(1));
        write(300);
        assertThat(pairs(fold.current())).isEqualTo(scanned());
        assertThat(fold.last().full()).isTrue();
    }

    /**
     * Events of 12 listeners and 40 tracks: most just played, some late (event time up to three weeks back), some
     * received in the last minute (not yet settled), some already stored events' outcomes.
     */
    private void write(int n) {
        Instant now = clock.instant();
        List<StoredEvent> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant received = random.nextInt(10) == 0 ? now.minusSeconds(random.nextInt(60))
                    : now.minusSeconds(120 + random.nextInt(20_000));
            Instant at = random.nextInt(5) == 0 ? received.minus(Duration.ofHours(random.nextInt(21 * 24)))
                    : received.minusSeconds(random.nextInt(600));
            EventType type = TYPES[random.nextInt(TYPES.length)];
            Long played = type == EventType.SKIP && random.nextBoolean() ? null : (long) random.nextInt(200_000);
            String user = "u" + random.nextInt(12);
            rows.add(new StoredEvent(new ListenEvent("e" + ids++, type, user, "t" + random.nextInt(40), at, at,
                    Platform.SPOTIFY, null, "s-" + user, null, played, 200_000L, null, null, null), received));
        }
        warehouse.write(rows, List.of());
    }

    /** What the models read before the fold: one scan of the listens with an event time in the window. */
    private List<Pair> scanned() {
        Map<String, Map<String, double[]>> sums = new TreeMap<>();
        warehouse.listens(clock.instant().minus(WINDOW), (user, track, type, msPlayed) -> {
            double[] s = sums.computeIfAbsent(user, u -> new TreeMap<>()).computeIfAbsent(track, t -> new double[2]);
            s[0] += CoListeningWeights.weight(type, msPlayed);
            s[1]++;
        });
        List<Pair> out = new ArrayList<>();
        sums.forEach((user, tracks) -> tracks.forEach((track, s) -> out.add(new Pair(user, track, s[0], (int) s[1]))));
        return out;
    }

    private static List<Pair> pairs(ListeningFold.Listening listening) {
        List<Pair> out = new ArrayList<>();
        listening.forEach((user, track, weight, events) -> out.add(new Pair(user, track, weight, events)));
        assertThat(listening.events()).isEqualTo(out.stream().mapToLong(Pair::events).sum());
        return out;
    }
}
