package dev.earshot.simulations;

import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.IngestService;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.Warehouse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code --demo} loads into an empty warehouse: 30 days of a 2,000-listener Spotify world plus smaller
 * Apple Music and YouTube Music ones, then a live trickle, so that a first look finds a full dashboard.
 */
public record DemoData(List<SimulationConfig> history, FeedRequest trickle) {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final int DAYS = 30;
    /** The world the live trickle replays (and {@code "listeners": "demo"} feeds with it): the Spotify one. */
    static final String REPLAYED_SCENARIO = "spotify";
    static final int REPLAYED_USERS = 2_000;
    static final long REPLAYED_SEED = 42L;
    static final int BATCH = 5_000;

    /** The demo of {@code --demo}: 30 days up to today of 2,000 Spotify, 400 Apple Music and 400 YouTube Music listeners. */
    public static DemoData standard() {
        LocalDate end = LocalDate.now(ZoneOffset.UTC);
        return new DemoData(List.of(
                SimulationConfig.of(Scenario.named(REPLAYED_SCENARIO), REPLAYED_USERS, DAYS, REPLAYED_SEED, end)
                        .withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("apple_music"), 400, DAYS, 43, end).withHoldoutDays(0),
                SimulationConfig.of(Scenario.named("youtube_music"), 400, DAYS, 44, end).withHoldoutDays(0)),
                // The trickle replays the Spotify world itself (same seed, size and period): the same listeners and
                // catalog keep listening live, so their new events meet tracks the co-listening model knows.
                new FeedRequest(null, null, 5.0, null, null, FeedRequest.DEMO_LISTENERS));
    }

    /**
     * Loads the history when the warehouse is empty (a restart keeps what is there), then starts the trickle.
     * Returns whether history was loaded.
     */
    public boolean load(Warehouse warehouse, IngestService ingest, SimulationService simulations) {
        boolean empty = warehouse.countEvents() == 0;
        if (empty) {
            for (SimulationConfig config : history) {
                long stored = backfill(World.generate(config), userPrefix(config), ingest);
                LOG.info("demo: stored {} events of {} {} listeners over {} days", stored, config.users(),
                        config.scenario().name(), config.days());
            }
        } else {
            LOG.info("demo: the warehouse already holds events; not loading history again");
        }
        simulations.start(trickle);
        return empty;
    }

    /**
     * Every simulated world names its listeners u0, u1, …; the Spotify world keeps those names (its live
     * trickle replays it), the others get their platform's prefix so that two different simulated people are
     * never one listener.
     */
    private String userPrefix(SimulationConfig config) {
        return config == history.get(0) ? "" : config.scenario().name() + "-";
    }

    private static ListenEvent renamed(ListenEvent e, String prefix) {
        return new ListenEvent(e.eventId(), e.eventType(), prefix + e.userId(), e.trackId(), e.timestamp(),
                e.deviceTimestamp(), e.platform(), e.location(), e.sessionId(), e.positionMs(), e.msPlayed(),
                e.durationMs(), e.device(), e.context(), e.track());
    }

    private static long backfill(World world, String userPrefix, IngestService ingest) {
        List<ListenEvent> batch = new ArrayList<>(BATCH);
        long[] stored = {0};
        EventSink sink = new EventSink() {
            @Override
            public void accept(ListenEvent event) {
                batch.add(userPrefix.isEmpty() ? event : renamed(event, userPrefix));
                if (batch.size() == BATCH) {
                    close();
                }
            }

            @Override
            public void close() {
                if (!batch.isEmpty()) {
                    stored[0] += ingest.ingestEvents(List.copyOf(batch)).accepted();
                    batch.clear();
                }
            }
        };
        try (sink) {
            Simulation.run(world, sink, TruthRecorder.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be generated", e);
        }
        return stored[0];
    }
}
