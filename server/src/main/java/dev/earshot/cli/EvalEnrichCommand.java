package dev.earshot.cli;

import dev.earshot.enrich.EnrichmentEvaluation;
import dev.earshot.enrich.GenreEvaluation;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimulationConfig;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earshot eval enrich}: genre top-1 accuracy on catalog-less tracks by number of co-listeners, mood and
 * listening-context accuracy, each beside a majority-class baseline, on a seeded simulated world.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Genre, mood and context accuracy of the local enrichment models against simulator truth.")
public final class EvalEnrichCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "spotify", description = "spotify, apple_music or youtube_music")
    String scenario;

    @Option(names = "--users", defaultValue = "1000", description = "Simulated listeners.")
    int users;

    @Option(names = "--days", defaultValue = "14", description = "Simulated days.")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the world.")
    long seed;

    @Option(names = "--end", defaultValue = "2025-03-10",
            description = "End of the simulated period; fixed by default so that the figures repeat exactly.")
    LocalDate end;

    @Override
    public Integer call() {
        SimulationConfig config = SimulationConfig.of(Scenario.named(scenario), users, days, seed, end);
        System.out.printf("%s, %,d users, %d days, seed %d%n%n", scenario, users, days, seed);
        System.out.println("Genre of catalog-less tracks (20% of tracks have their genres hidden), by listeners:");
        System.out.print(GenreEvaluation.run(config.withInlineMetadata(false)).format());
        System.out.println();
        System.out.println("Mood and listening context, by where the catalog comes from:");
        for (EnrichmentEvaluation.Setup setup : EnrichmentEvaluation.Setup.values()) {
            System.out.println(EnrichmentEvaluation.evaluate(config, setup));
        }
        return 0;
    }
}
