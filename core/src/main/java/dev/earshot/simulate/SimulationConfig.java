package dev.earshot.simulate;

import java.time.LocalDate;

/**
 * Everything a run depends on; the same config always gives the same bytes. The period is the {@code days}
 * UTC days before {@code end} (exclusive), of which the last {@code holdoutDays} are held out.
 */
public record SimulationConfig(Scenario scenario, int users, int days, long seed, LocalDate end,
                               boolean inlineMetadata, int holdoutDays, int trackCount) {

    public SimulationConfig {
        if (users < 1 || days < 1) {
            throw new IllegalArgumentException("users and days must be at least 1");
        }
        if (holdoutDays < 0 || holdoutDays >= days) {
            throw new IllegalArgumentException("holdout days must be between 0 and days - 1, got " + holdoutDays);
        }
    }

    /** Inline metadata on, about a seventh of the period held out, catalog size scaled to the users. */
    public static SimulationConfig of(Scenario scenario, int users, int days, long seed, LocalDate end) {
        int holdout = days >= 2 ? Math.max(1, days / 7) : 0;
        int tracks = Math.max(2_000, Math.min(50_000, users * 10));
        return new SimulationConfig(scenario, users, days, seed, end, true, holdout, tracks);
    }

    public SimulationConfig withInlineMetadata(boolean inline) {
        return new SimulationConfig(scenario, users, days, seed, end, inline, holdoutDays, trackCount);
    }

    public SimulationConfig withHoldoutDays(int holdout) {
        return new SimulationConfig(scenario, users, days, seed, end, inlineMetadata, holdout, trackCount);
    }
}
