package dev.earshot.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Weekly cohorts: the listeners first seen in each week, and the fraction of them active in that week (1.0) and
 * in each later week up to the last one of the chart.
 */
public record Retention(List<Cohort> cohorts) {
    public record Cohort(Instant weekStart, long users, List<Double> retained) {
    }
}
