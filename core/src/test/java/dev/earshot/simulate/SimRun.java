package dev.earshot.simulate;

import dev.earshot.event.ListenEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One finished simulation for tests: the world, its events (as written and as objects) and its truth. */
final class SimRun {
    /** A Monday, so that a 14-day period holds two whole weeks. */
    static final LocalDate END = LocalDate.of(2025, 3, 10);

    final World world;
    final GroundTruth truth;
    final List<ListenEvent> events = new ArrayList<>();
    final byte[] ndjson;
    final byte[] truthJson;
    private final Map<String, SimUser> users = new HashMap<>();
    private final Map<String, SimTrack> tracks = new HashMap<>();

    private SimRun(SimulationConfig config) throws IOException {
        world = World.generate(config);
        truth = new GroundTruth(world);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonEventSink ndjsonSink = new NdjsonEventSink(out);
        EventSink sink = new EventSink() {
            @Override
            public void accept(ListenEvent event) throws IOException {
                events.add(event);
                ndjsonSink.accept(event);
            }

            @Override
            public void close() throws IOException {
                ndjsonSink.close();
            }
        };
        try (sink) {
            Simulation.run(world, sink, truth);
        }
        ndjson = out.toByteArray();
        ByteArrayOutputStream truthOut = new ByteArrayOutputStream();
        GroundTruthWriter.write(world, truth, truthOut);
        truthJson = truthOut.toByteArray();
        world.users().forEach(u -> users.put(u.id(), u));
        world.catalog().tracks().forEach(t -> t.ids().values().forEach(id -> tracks.put(id, t)));
    }

    static SimRun of(SimulationConfig config) {
        try {
            return new SimRun(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SimRun of(String scenario, int users, int days, long seed) {
        return of(SimulationConfig.of(Scenario.named(scenario), users, days, seed, END));
    }

    SimUser user(ListenEvent e) {
        return users.get(e.userId());
    }

    /** The world's track behind an event's platform track id, or null when it is not in the catalog. */
    SimTrack track(String trackId) {
        return tracks.get(trackId);
    }

    /** Just after the period's end: the server's clock when the events arrive. */
    Instant receivedAt() {
        return world.period().end().plusSeconds(1);
    }
}
