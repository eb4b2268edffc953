package dev.earshot.recommendations;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.models.ListeningFold;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recommender service over a real file: what it serves before and after a fit, and whose listening it learns. */
class RecommendationServiceTest {
    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Clock DAY_AFTER = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", DAY_AFTER);
        // Three listeners who share a taste: whoever played a and b also played c.
        List<StoredEvent> rows = new ArrayList<>();
        listen(rows, "u2", "a", "b", "c");
        listen(rows, "u3", "a", "b", "c");
        listen(rows, "u4", "a", "c", "d");
        listen(rows, "u1", "a", "b");
        warehouse.write(rows, List.of());
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void servesNothingBeforeItsFirstFit() {
        RecommendationService service = new RecommendationService(new ListeningFold(warehouse, WINDOW, DAY_AFTER, true), warehouse, DAY_AFTER);

        assertThat(service.ready()).isFalse();
        assertThat(service.fittedOnNothing()).isTrue();
        assertThatThrownBy(() -> service.recommend("u1", 5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recommendsWhatSimilarListenersPlayedAndTheListenerHasNot() {
        RecommendationService service = new RecommendationService(new ListeningFold(warehouse, WINDOW, DAY_AFTER, true), warehouse, DAY_AFTER);
        RecommendationService.FitReport fit = service.refit();

        assertThat(fit.users()).isEqualTo(4);
        assertThat(service.recommend("u1", 5)).hasValueSatisfying(r -> {
            assertThat(r.items()).extracting(UserRecommendations.Item::trackId).contains("c")
                    .doesNotContain("a", "b");
            assertThat(r.items().get(0).trackId()).isEqualTo("c");
        });
        assertThat(service.recommend("stranger", 5)).isEmpty();
    }

    @Test
    void learnsOnlyTheListeningInsideItsWindowByItsClock() {
        Clock muchLater = Clock.fixed(T0.plus(WINDOW).plus(Duration.ofDays(2)), ZoneOffset.UTC);
        RecommendationService service = new RecommendationService(new ListeningFold(warehouse, WINDOW, muchLater, true), warehouse, muchLater);

        assertThat(service.refit().events()).isZero();
        assertThat(service.fittedOnNothing()).isTrue();
    }

    private static void listen(List<StoredEvent> rows, String user, String... tracks) {
        Instant at = T0;
        for (String track : tracks) {
            rows.add(row(user + "-" + track + "-p", EventType.PLAY, user, track, at, null));
            rows.add(row(user + "-" + track + "-c", EventType.COMPLETE, user, track, at.plusSeconds(200), 200_000L));
            at = at.plusSeconds(300);
        }
    }

    private static StoredEvent row(String id, EventType type, String user, String track, Instant at, Long played) {
        return new StoredEvent(new ListenEvent(id, type, user, track, at, at, Platform.SPOTIFY, null, "s-" + user,
                null, played, 200_000L, null, null, null), at);
    }
}
