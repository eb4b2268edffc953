package dev.earshot.live;

import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.Track;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import dev.earshot.web.ApiJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveHubTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;
    DuckDbWarehouse warehouse;
    LiveHub hub;

    @BeforeEach
    void open() {
        warehouse = DuckDbWarehouse.open(dir.resolve("live.duckdb"), "256MB", Clock.fixed(NOW, ZoneOffset.UTC));
        Track known = new Track("spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "Known title", "Known artist", null, null,
                List.of(), null);
        hub = new LiveHub(id -> id.equals(known.id()) ? known : null,
                new LiveKpiQuery(warehouse, Clock.fixed(NOW, ZoneOffset.UTC)), ApiJson.mapper(),
                Executors.newSingleThreadScheduledExecutor());
    }

    @AfterEach
    void close() {
        hub.close();
        warehouse.close();
    }

    /** A client that records what it was sent, and can be made to hang up. */
    static final class Recorder implements LiveClient {
        final List<String> sent = new ArrayList<>();
        boolean gone;

        @Override
        public boolean send(String event, String json) {
            if (gone) {
                return false;
            }
            sent.add(event + " " + json);
            return true;
        }

        @Override
        public void close() {
            gone = true;
        }
    }

    @Test
    void aNewClientGetsTheKpisAtOnceCountedByReceiveTime() {
        warehouse.write(List.of(new StoredEvent(event("old", "a", NOW), NOW.minusSeconds(600)),
                new StoredEvent(event("recent", "a", NOW), NOW.minusSeconds(120)),
                new StoredEvent(event("now1", "b", NOW), NOW.minusSeconds(10)),
                new StoredEvent(event("now2", "c", NOW), NOW.minusSeconds(5))), List.of());
        Recorder client = new Recorder();
        hub.join(client);
        assertThat(client.sent).containsExactly(
                "kpi {\"events_total\":4,\"events_last_minute\":2,\"listeners_last_5_minutes\":3}");
    }

    @Test
    void sendsCommittedEventsNamedFromTheCatalogAndKeepsOnlyAFewPerTick() {
        Recorder client = new Recorder();
        hub.join(client);
        List<StoredEvent> burst = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            burst.add(new StoredEvent(event("e" + i, "u", NOW), NOW));
        }
        hub.committed(burst);
        hub.tick();
        List<String> listens = client.sent.stream().filter(s -> s.startsWith("listen ")).toList();
        assertThat(listens).hasSize(LiveHub.LISTENS_PER_TICK);
        assertThat(listens.get(0)).contains("\"event_id\":\"e0\"", "\"title\":\"Known title\"",
                "\"artist\":\"Known artist\"", "\"platform\":\"spotify\"", "\"country\":\"US\"");
    }

    @Test
    void forgetsClientsThatHungUpAndKeepsNothingWhenNobodyListens() {
        Recorder client = new Recorder();
        hub.join(client);
        client.gone = true;
        hub.committed(List.of(new StoredEvent(event("x", "u", NOW), NOW)));
        hub.tick();
        assertThat(hub.clients()).isZero();
        hub.committed(List.of(new StoredEvent(event("y", "u", NOW), NOW)));
        Recorder later = new Recorder();
        hub.join(later);
        hub.tick();
        assertThat(later.sent).noneMatch(s -> s.startsWith("listen "));
    }

    @Test
    void sendsKpisEveryFewTicks() {
        Recorder client = new Recorder();
        hub.join(client);
        for (int i = 0; i < LiveHub.TICKS_PER_KPI; i++) {
            hub.tick();
        }
        assertThat(client.sent).filteredOn(s -> s.startsWith("kpi ")).hasSize(2);
    }
}
