package dev.earshot.cli;

import dev.earshot.simulate.CustomSpec;
import dev.earshot.simulate.CustomSpecReader;
import dev.earshot.simulate.GroundTruth;
import dev.earshot.simulate.GroundTruthWriter;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.Summary;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import dev.earshot.simulations.LiveSendException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Generates realistic listening events from a seed, as NDJSON to a file or live to a server, "
                + "with the ground truth (true genres, moods, tastes, session contexts, held-out listens) beside them. "
                + "The same seed and options give the same bytes; events come in timestamp order.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "spotify", paramLabel = "NAME",
            description = "spotify, apple_music, youtube_music or custom (default: ${DEFAULT-VALUE})")
    private String scenario;

    @Option(names = "--spec", paramLabel = "FILE", description = "JSON spec of a custom scenario")
    private Path specFile;

    @Option(names = "--users", description = "listeners (default: 1000, or the spec's)")
    private Integer users;

    @Option(names = "--days", description = "days simulated, ending at --end (default: 14, or the spec's)")
    private Integer days;

    @Option(names = "--holdout-days", description = "last days held out for evaluation (default: days / 7, at least 1)")
    private Integer holdoutDays;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--end", paramLabel = "DATE", description = "end of the period, exclusive (ISO date; default: today, UTC)")
    private LocalDate end;

    @Option(names = "--inline-metadata", negatable = true,
            description = "send track title, artist, genres and audio features inline (default: on, or the spec's)")
    private Boolean inlineMetadata;

    @Option(names = "--out", paramLabel = "FILE", description = "NDJSON output; - for stdout (default: - unless --target)")
    private String out;

    @Option(names = "--truth", paramLabel = "FILE", description = "ground truth JSON output")
    private Path truthFile;

    @Option(names = "--target", paramLabel = "URL", description = "send live to a running server, e.g. http://localhost:8000")
    private URI target;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
            description = "events per second when sending to --target; 0 for as fast as it takes them")
    private double rate;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SimulationConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
        World world = World.generate(config);
        GroundTruth truth = truthFile == null ? null : new GroundTruth(world);
        SimulationSinks sinks = SimulationSinks.open(out, target, rate, err);
        Summary summary;
        try (ProgressSink progress = new ProgressSink(sinks.sink(), err)) {
            summary = Simulation.run(world, progress, truth == null ? TruthRecorder.NONE : truth);
        } catch (LiveSendException e) {
            err.println("simulate: " + e.getMessage());
            return 1;
        }
        if (truth != null) {
            try (OutputStream o = Files.newOutputStream(truthFile)) {
                GroundTruthWriter.write(world, truth, o);
            }
        }
        err.println("simulate: " + summary + sinks.report());
        err.flush();
        return 0;
    }

    private static CustomSpec readSpec(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CustomSpecReader.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the spec " + file + ": " + e.getMessage(), e);
        }
    }

    private SimulationConfig config() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate until = end == null ? today : end;
        if (rate > 0 && target == null) {
            throw new IllegalArgumentException("--rate paces sending to a server; give --target URL too");
        }
        if (target != null && until.isAfter(today)) {
            throw new IllegalArgumentException("--end " + until + " is in the future; a server refuses future events");
        }
        Scenario s;
        CustomSpec custom = null;
        if (scenario.equals("custom")) {
            if (specFile == null) {
                throw new IllegalArgumentException("--scenario custom needs --spec FILE");
            }
            custom = readSpec(specFile);
            s = Scenario.custom(custom);
        } else {
            s = Scenario.named(scenario);
        }
        int u = users != null ? users : custom != null && custom.users() != null ? custom.users() : 1000;
        int d = days != null ? days : custom != null && custom.days() != null ? custom.days() : 14;
        boolean inline = inlineMetadata != null ? inlineMetadata
                : custom == null || custom.inlineMetadata() == null || custom.inlineMetadata();
        SimulationConfig c = SimulationConfig.of(s, u, d, seed, until).withInlineMetadata(inline);
        return holdoutDays == null ? c : c.withHoldoutDays(holdoutDays);
    }
}
