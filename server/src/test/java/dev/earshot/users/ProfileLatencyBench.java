package dev.earshot.users;

import dev.earshot.catalog.Catalog;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.EventSink;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.store.StoredEvent;
import dev.earshot.segments.Filters;
import dev.earshot.segments.Presets;
import dev.earshot.analytics.Range;
import java.time.Clock;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run on purpose only (not a *Test): -Dtest=ProfileLatencyBench -Dbench.users=... -Dbench.days=... */
class ProfileLatencyBench {
    /** The day after the bench's range: its "now", never the machine's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void measure() throws Exception {
        Path file = Path.of(System.getProperty("bench.db", "/tmp/earshot-profile-bench/earshot.duckdb"));
        try (DuckDbWarehouse w = DuckDbWarehouse.open(file, "6GB", CLOCK)) {
            if (w.countEvents() == 0) {
                fill(w, Integer.getInteger("bench.users", 5000), Integer.getInteger("bench.days", 30));
            }
            System.out.printf("events: %,d%n", w.countEvents());
            String setup = System.getProperty("bench.setup");
            if (setup != null) {
                long s0 = System.nanoTime();
                w.read(conn -> conn.createStatement().execute(setup));
                System.out.printf("setup %.1f s%n", (System.nanoTime() - s0) / 1e9);
            }
            List<String> users = w.read(conn -> {
                List<String> out = new ArrayList<>();
                try (var rs = conn.createStatement().executeQuery("SELECT DISTINCT user_id FROM events USING SAMPLE 100")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            Range range = new Range(Instant.parse("2026-10-21T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));
            UserListens listens = new UserListens(w, CLOCK);
            UserProfiles profiles = new UserProfiles(w, listens, new Presets(w, CLOCK));
            UserWrapped wrapped = new UserWrapped(w, listens, CLOCK);
            if (Boolean.getBoolean("bench.raw")) {
                time("profile on raw events", users, u -> profiles.profile(u, range, Filters.NONE).orElseThrow());
            }
            long s0 = System.nanoTime();
            listens.catchUp();
            System.out.printf("user_listens catch-up %.1f s%n", (System.nanoTime() - s0) / 1e9);
            time("profile", users, u -> profiles.profile(u, range, Filters.NONE).orElseThrow());
            time("wrapped", users, u -> wrapped.wrapped(u, range, Filters.NONE).orElseThrow());
            UserSearch search = new UserSearch(listens);
            time("search", users, u -> search.search(u.substring(0, Math.min(4, u.length())), 20));
        }
    }

    private static void time(String what, List<String> users, java.util.function.Consumer<String> call) {
        for (int i = 0; i < 10; i++) {
            call.accept(users.get(i));
        }
        long[] times = new long[users.size()];
        for (int i = 0; i < users.size(); i++) {
            long t0 = System.nanoTime();
            call.accept(users.get(i));
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%s: %d users, p50 %.1f ms, p95 %.1f ms%n", what, times.length, times[times.length / 2] / 1e6,
                times[times.length * 95 / 100] / 1e6);
    }

    private static void fill(DuckDbWarehouse w, int users, int days) throws Exception {
        SimulationConfig config = SimulationConfig.of(Scenario.named("spotify"), users, days, 42, LocalDate.of(2026, 11, 20));
        EnrichmentPipeline pipeline = new EnrichmentPipeline(new Catalog());
        List<StoredEvent> batch = new ArrayList<>();
        long t0 = System.nanoTime();
        Simulation.run(World.generate(config), new EventSink() {
            @Override
            public void accept(ListenEvent e) {
                batch.add(new StoredEvent(e, e.timestamp(), pipeline.enrich(e)));
                if (batch.size() == 50_000) {
                    close();
                }
            }

            @Override
            public void close() {
                w.write(batch, List.of());
                batch.clear();
            }
        }, TruthRecorder.NONE);
        System.out.printf("filled in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
