package dev.earshot.cli;

import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The seeded simulated world an {@code eval} command measures on (its length is each command's own). */
final class EvalWorld {
    @Option(names = "--scenario", defaultValue = "spotify", description = "spotify, apple_music or youtube_music")
    String scenario;

    @Option(names = "--users", defaultValue = "1000", description = "Simulated listeners.")
    int users;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the world.")
    long seed;

    @Option(names = "--end", defaultValue = "2025-03-10",
            description = "End of the simulated period; fixed by default so that the figures repeat exactly.")
    LocalDate end;

    SimulationConfig config(int days) {
        return SimulationConfig.of(Scenario.named(scenario), users, days, seed, end);
    }
}
