package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the server's Kafka sink writes, the stream job reads back as the very same event. */
class EventCodecTest {
    @Test
    void everySimulatedEventSurvivesTheRoundTrip() {
        EventCodec codec = new EventCodec();
        for (String scenario : new String[] {"spotify", "apple_music", "youtube_music"}) {
            for (ListenEvent e : Simulation.events(World.generate(SimulationConfig.of(Scenario.named(scenario), 10, 2, 3,
                    LocalDate.of(2026, 3, 1))), TruthRecorder.NONE)) {
                assertThat(codec.decode(EventCodec.encode(e), Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(e);
            }
        }
    }
}
