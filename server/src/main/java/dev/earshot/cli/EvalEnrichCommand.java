package dev.earshot.cli;

import dev.earshot.eval.EnrichmentEvaluation;
import dev.earshot.eval.GenreEvaluation;
import dev.earshot.simulate.SimulationConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code earshot eval enrich}: genre top-1 accuracy on catalog-less tracks by number of co-listeners, mood and
 * listening-context accuracy, each beside a majority-class baseline, on a seeded simulated world.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Genre, mood and context accuracy of the local enrichment models against simulator truth.")
public final class EvalEnrichCommand implements Callable<Integer> {
    @Mixin
    EvalWorld world;

    @Option(names = "--days", defaultValue = "14", description = "Simulated days.")
    int days;

    @Override
    public Integer call() {
        SimulationConfig config = world.config(days);
        System.out.printf("%s, %,d users, %d days, seed %d%n%n", world.scenario, world.users, days, world.seed);
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
