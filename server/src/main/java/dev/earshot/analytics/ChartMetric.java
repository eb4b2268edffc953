package dev.earshot.analytics;

import java.util.Locale;

/** What a top chart ranks by: plays (listens) or minutes listened. */
public enum ChartMetric {
    PLAYS("plays"), MINUTES("minutes");

    /** The column of the chart queries this metric orders by; fixed here, never taken from a request. */
    private final String column;

    ChartMetric(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
