package dev.earshot.analytics;

import java.util.List;

/** Listens per weekday (1 = Monday … 7) and hour (0–23) of the listener's local time; every cell, zeros too. */
public record Heatmap(Range range, List<Cell> cells) {
    public record Cell(int weekday, int hour, long listens) {
    }
}
