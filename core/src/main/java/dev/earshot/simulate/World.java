package dev.earshot.simulate;

import java.time.ZoneOffset;
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
        SimCatalog catalog = new CatalogGenerator(c.seed(), s.genreMix(), s.platforms(), c.end().minusDays(c.days()))
                .generate(c.trackCount());
        UserGenerator generator = new UserGenerator(c.seed(), s.genreMix(), s.platformMix(), s.sessionsPerDay(),
                catalog.pools());
        List<SimUser> users = new ArrayList<>(c.users());
        for (int i = 0; i < c.users(); i++) {
            users.add(generator.user(i));
        }
        return new World(c, period, catalog, List.copyOf(users));
    }

    public long seed() {
        return config.seed();
    }
}
