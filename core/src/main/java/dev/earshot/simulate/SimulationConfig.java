package dev.earshot.simulate;

import java.time.LocalDate;

/**
 * Everything a run depends on; the same config always gives the same bytes. The period is the {@code days}
 * UTC days before {@code end} (exclusive), of which the last {@code holdoutDays} are held out. {@code catalog},
 * when set, is another world's catalogue to listen to (its config), instead of one drawn from this seed: how
 * live feeds share the server's music rather than inventing artists of their own.
 */
public record SimulationConfig(Scenario scenario, int users, int days, long seed, LocalDate end,
                               boolean inlineMetadata, int holdoutDays, int trackCount, SimulationConfig catalog) {

    public SimulationConfig(Scenario scenario, int users, int days, long seed, LocalDate end, boolean inlineMetadata,
                            int holdoutDays, int trackCount) {
        this(scenario, users, days, seed, end, inlineMetadata, holdoutDays, trackCount, null);
    }

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
        return new SimulationConfig(scenario, users, days, seed, end, inline, holdoutDays, trackCount, catalog);
    }

    public SimulationConfig withHoldoutDays(int holdout) {
        return new SimulationConfig(scenario, users, days, seed, end, inlineMetadata, holdout, trackCount, catalog);
    }

    /** A copy whose listeners listen to the catalogue of the world {@code source} describes. */
    public SimulationConfig withCatalogOf(SimulationConfig source) {
        return new SimulationConfig(scenario, users, days, seed, end, inlineMetadata, holdoutDays, trackCount,
                source.catalog != null ? source.catalog : source);
    }
}
