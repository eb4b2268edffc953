package dev.earshot.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A week of 50 listeners played at 2 events a second (the week in under three hours): however much the feed
 * compresses the simulated time, no listener hears more than an hour of music in any live hour.
 */
class HumanPaceTest {
    static final double RATE = 2;
    static final long HOUR = 3_600_000_000_000L;

    @Test
    void noListenerHearsMoreThanAnHourOfMusicAnHour() {
        List<ListenEvent> events = Simulation.events(World.generate(
                SimulationConfig.of(Scenario.named("spotify"), 50, 7, 5, LocalDate.of(2025, 3, 10)).withHoldoutDays(0)),
                TruthRecorder.NONE);
        HumanPace pace = new HumanPace();
        Map<String, Map<Long, Long>> msPerHour = new HashMap<>();
        Map<String, Long> lastSlot = new HashMap<>();
        long kept = 0;
        for (int i = 0; i < events.size(); i++) {
            ListenEvent e = events.get(i);
            long slot = pace.slot(e, (long) (i / RATE * 1e9));
            if (slot < 0) {
                continue;
            }
            kept++;
            // A listener's own events keep their order.
            assertThat(slot).isGreaterThanOrEqualTo(lastSlot.getOrDefault(e.userId(), Long.MIN_VALUE));
            lastSlot.put(e.userId(), slot);
            if (e.msPlayed() != null) {
                msPerHour.computeIfAbsent(e.userId(), u -> new HashMap<>()).merge(slot / HOUR, e.msPlayed(), Long::sum);
            }
        }
        long busiest = msPerHour.values().stream().flatMap(h -> h.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        System.out.printf("human pace: kept %d of %d events; busiest listener-hour %.1f min of music%n", kept,
                events.size(), busiest / 60_000.0);
        // A track that ends in the next hour counts whole in the hour it ends: allow one track's length over.
        assertThat(busiest).isLessThanOrEqualTo(60 * 60_000L + 10 * 60_000L);
        // Everyone keeps listening, only slower: a good share of the week still goes out.
        assertThat(kept).isGreaterThan(events.size() / 10);
        assertThat(lastSlot).hasSize(50);
        assertThat(pace.dropped()).isEqualTo(events.size() - kept);
    }

    @Test
    void withoutCompressionNothingIsLeftOut() {
        List<ListenEvent> events = Simulation.events(World.generate(
                SimulationConfig.of(Scenario.named("spotify"), 5, 2, 5, LocalDate.of(2025, 3, 10)).withHoldoutDays(0)),
                TruthRecorder.NONE);
        HumanPace pace = new HumanPace();
        long start = events.get(0).timestamp().toEpochMilli();
        for (ListenEvent e : events) {
            // The feed's clock running at the simulator's own pace: real time.
            assertThat(pace.slot(e, (e.timestamp().toEpochMilli() - start) * 1_000_000L)).isNotNegative();
        }
        assertThat(pace.dropped()).isZero();
    }
}
