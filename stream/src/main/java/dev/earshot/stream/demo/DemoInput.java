package dev.earshot.stream.demo;

import dev.earshot.event.ListenEvent;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.Simulation;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.TruthRecorder;
import dev.earshot.simulate.World;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's input, the same for a seed: simulated listening (core's simulator), split into a history the
 * server's models learn from and the live events both paths ingest, which arrive as real clients deliver them —
 * shuffled within small blocks, a few held back for minutes (so some reach the job after its watermark), and a
 * few sent twice (a retry after a lost answer).
 */
public record DemoInput(List<ListenEvent> history, List<ListenEvent> arrivals, int duplicates, int delayed) {
    static final LocalDate END = LocalDate.of(2026, 11, 1);
    static final int HISTORY_DAYS = 10;

    public static DemoInput of(int liveEvents, long seed) {
        int users = Math.max(20, liveEvents / 150);
        World world = World.generate(SimulationConfig.of(Scenario.named("spotify"), users, HISTORY_DAYS + 4, seed, END)
                .withHoldoutDays(0));
        List<ListenEvent> all = Simulation.events(world, TruthRecorder.NONE);
        Instant cut = END.minusDays(4).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        List<ListenEvent> history = new ArrayList<>();
        List<ListenEvent> live = new ArrayList<>();
        for (ListenEvent e : all) {
            if (e.timestamp().isBefore(cut)) {
                history.add(e);
            } else if (live.size() < liveEvents) {
                live.add(e);
            }
        }
        return disorder(history, live, new Random(seed));
    }

    private static DemoInput disorder(List<ListenEvent> history, List<ListenEvent> live, Random random) {
        List<ListenEvent> out = new ArrayList<>(live.size() + live.size() / 20);
        List<ListenEvent> block = new ArrayList<>();
        List<ListenEvent> heldBack = new ArrayList<>();
        List<Integer> releaseAt = new ArrayList<>();
        int duplicates = 0;
        int delayed = 0;
        for (ListenEvent e : live) {
            double r = random.nextDouble();
            if (r < 0.01) {
                // Held back: delivered a few hundred events later, minutes after its own time.
                heldBack.add(e);
                releaseAt.add(out.size() + block.size() + 200 + random.nextInt(400));
                delayed++;
                continue;
            }
            block.add(e);
            if (r > 0.97) {
                block.add(e);
                duplicates++;
            }
            if (block.size() >= 16) {
                java.util.Collections.shuffle(block, random);
                out.addAll(block);
                block.clear();
                for (int i = 0; i < heldBack.size(); i++) {
                    if (releaseAt.get(i) <= out.size()) {
                        out.add(heldBack.remove(i));
                        releaseAt.remove(i);
                        i--;
                    }
                }
            }
        }
        java.util.Collections.shuffle(block, random);
        out.addAll(block);
        out.addAll(heldBack);
        return new DemoInput(history, out, duplicates, delayed);
    }
}
