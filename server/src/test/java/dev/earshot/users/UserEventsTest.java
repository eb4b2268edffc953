package dev.earshot.users;

import static dev.earshot.users.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.store.Cursor;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.EventPage;
import dev.earshot.store.EventQuery;
import dev.earshot.store.StoredEvent;
import dev.earshot.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listener's pages of events bounded through the per-user copy are exactly the pages of the plain query, page
 * after page, whatever the filters, with the copy empty, caught up, and with a tail past its watermark.
 */
class UserEventsTest {
    private static final Instant NOW = T0.plus(Duration.ofDays(2));
    private static final String[] USERS = {"ann", "bob", "cyd"};

    @TempDir
    Path dir;

    @Test
    void everyPageIsThePlainQuerysPageAtEveryWatermark() {
        MutableClock clock = new MutableClock(NOW);
        try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("e.duckdb"), "256MB", clock)) {
            UserListens listens = new UserListens(w, clock);
            UserEvents events = new UserEvents(w, listens);
            w.write(events("old", 600, T0.minus(Duration.ofDays(1))), List.of());
            assertSamePages(w, events);
            listens.catchUp();
            assertSamePages(w, events);
            w.write(events("new", 300, NOW.minusSeconds(20)), List.of());
            assertSamePages(w, events);
        }
    }

    private static void assertSamePages(DuckDbWarehouse w, UserEvents events) {
        for (String user : USERS) {
            for (EventQuery q : queries(user)) {
                Cursor after = null;
                int pages = 0;
                do {
                    EventQuery page = new EventQuery(q.userId(), q.trackId(), q.eventType(), q.platform(), q.from(), q.to(),
                            after, q.limit());
                    EventPage plain = w.events(page);
                    assertThat(events.page(page)).as("%s after %s", q, after).isEqualTo(plain);
                    after = plain.next();
                } while (after != null && ++pages < 40);
            }
        }
        assertThat(events.page(new EventQuery("nobody", null, null, null, null, null, null, 5)).events()).isEmpty();
    }

    private static List<EventQuery> queries(String user) {
        return List.of(new EventQuery(user, null, null, null, null, null, null, 1),
                new EventQuery(user, null, null, null, null, null, null, 25),
                new EventQuery(user, null, EventType.PLAY, null, null, null, null, 10),
                new EventQuery(user, null, null, Platform.DEEZER, null, null, null, 7),
                new EventQuery(user, "spotify:track:t3", null, null, null, null, null, 4),
                new EventQuery(user, null, null, null, T0.minus(Duration.ofHours(20)), T0.plus(Duration.ofHours(30)), null, 9));
    }

    /** Many events on the same second (ties the cursor must break by id), several types and platforms. */
    private static List<StoredEvent> events(String prefix, int n, Instant received) {
        SplittableRandom random = new SplittableRandom(prefix.hashCode());
        EventType[] types = {EventType.PLAY, EventType.SKIP, EventType.LIKE};
        Platform[] platforms = {Platform.SPOTIFY, Platform.DEEZER};
        List<StoredEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = T0.plusSeconds(60L * random.nextInt(3_000) - 36_000);
            ListenEvent e = new ListenEvent(prefix + i, types[random.nextInt(3)], USERS[random.nextInt(3)],
                    "spotify:track:t" + random.nextInt(6), at, at, platforms[random.nextInt(2)], null, null, null,
                    1_000L, null, null, null, null);
            out.add(new StoredEvent(e, received, null));
        }
        return out;
    }
}
