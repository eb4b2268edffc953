package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.ListenEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulationDeterminismTest {

    @Test
    void sameSeedGivesByteIdenticalOutput() {
        SimRun first = SimRun.of("spotify", 60, 3, 42);
        SimRun second = SimRun.of("spotify", 60, 3, 42);
        assertThat(first.ndjson).isNotEmpty().isEqualTo(second.ndjson);
        assertThat(first.truthJson).isEqualTo(second.truthJson);
    }

    @Test
    void differentSeedGivesDifferentOutput() {
        assertThat(SimRun.of("spotify", 60, 3, 42).ndjson).isNotEqualTo(SimRun.of("spotify", 60, 3, 43).ndjson);
    }

    @Test
    void eventIdsAreUniqueAndDerivedFromSeedUserAndSequence() {
        SimRun run = SimRun.of("spotify", 60, 3, 42);
        Set<String> ids = new HashSet<>();
        for (ListenEvent e : run.events) {
            assertThat(ids.add(e.eventId())).as(e.eventId()).isTrue();
            assertThat(e.eventId()).matches("sim42_" + e.userId() + "_\\d{6,}");
        }
    }

    @Test
    void endDateSetsThePeriodAndNothingElseDependsOnTheClock() {
        SimRun run = SimRun.of("spotify", 20, 2, 7);
        assertThat(run.events).allSatisfy(e -> assertThat(e.timestamp())
                .isAfterOrEqualTo(run.world.period().start())
                .isBefore(run.world.period().end()));
    }
}
