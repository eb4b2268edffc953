package dev.earshot.simulate;

import dev.earshot.event.Platform;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

/** The simulated world of one run: its period, catalog and listeners, all derived from the seed. */
public record World(SimulationConfig config, Period period, SimCatalog catalog, List<SimUser> users) {

    public static World generate(SimulationConfig c) {
        Period period = new Period(
                c.end().minusDays(c.days()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                c.end().minusDays(c.holdoutDays()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                c.end().atStartOfDay(ZoneOffset.UTC).toInstant());
        Scenario s = c.scenario();
        SimCatalog catalog = catalog(c);
        UserGenerator generator = new UserGenerator(c.seed(), s.genreMix(), s.platformMix(), s.sessionsPerDay(),
                catalog.pools());
        List<SimUser> users = new ArrayList<>(c.users());
        for (int i = 0; i < c.users(); i++) {
            users.add(generator.user(i));
        }
        return new World(c, period, catalog, List.copyOf(users));
    }

    /**
     * The world's own catalogue, or the one of {@code c.catalog()}: drawn exactly as that world draws it (seed,
     * genre mix, period start, size), with track ids for this world's platforms too.
     */
    private static SimCatalog catalog(SimulationConfig c) {
        SimulationConfig source = c.catalog() != null ? c.catalog() : c;
        Set<Platform> platforms = EnumSet.copyOf(source.scenario().platforms());
        platforms.addAll(c.scenario().platforms());
        return new CatalogGenerator(source.seed(), source.scenario().genreMix(), platforms,
                source.end().minusDays(source.days())).generate(source.trackCount());
    }

    public long seed() {
        return config.seed();
    }
}
