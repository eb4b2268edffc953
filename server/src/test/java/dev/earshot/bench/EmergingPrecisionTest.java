package dev.earshot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.analytics.Analytics;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.World;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.testkit.Events;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our emerging-artist list against the simulator's ground truth, on a small seeded world with ten emerging artists. */
class EmergingPrecisionTest {
    @TempDir
    Path dir;

    @Test
    void mostOfTheTopTenEmergingArtistsAreTrulyEmerging() {
        // 15,000 tracks make 1,500 established and 10 emerging artists (CatalogGenerator), so precision@10 can reach 1.
        World world = World.generate(new SimulationConfig(Scenario.named("spotify"), 120, 21, 7,
                LocalDate.of(2025, 3, 10), true, 0, 15_000));
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "512MB", Events.CLOCK)) {
            SimulatedHistory.load(world, warehouse);
            double precision = EmergingPrecision.at(10, world, Analytics.over(warehouse).artists());
            System.out.printf("emerging artists precision@10: %.2f%n", precision);
            // The seeded world gives 0.8; the floor leaves room for tuning, not for a list no better than chance.
            assertThat(precision).isGreaterThanOrEqualTo(0.7);
        }
    }
}
