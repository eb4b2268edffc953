package dev.earshot.analytics;

import dev.earshot.store.SqlReader;

/** Every analytics question, grouped by feature; built once over the warehouse's read side. */
public record Analytics(ActivityAnalytics activity, TasteAnalytics taste, ChartAnalytics charts,
                        ChartHistoryQuery chartHistory, ArtistTrends artists, AudienceAnalytics audience,
                        RetentionQuery retention) {

    /** Every question on the raw events. */
    public static Analytics over(SqlReader reader) {
        return over(reader, RawEvents.INSTANCE);
    }

    /**
     * Overview, top charts, chart history, moods, genres, trending and emerging artists and retention on the
     * {@link Rollups} plus the events they do not cover yet (the rollup tables must exist: {@link Rollups#ensure});
     * the other questions on the raw events.
     */
    public static Analytics withRollups(SqlReader reader) {
        return over(reader, new RolledUpEvents());
    }

    private static Analytics over(SqlReader reader, EventSource source) {
        return new Analytics(new ActivityAnalytics(reader, source), new TasteAnalytics(reader, source),
                new ChartAnalytics(reader, source), new ChartHistoryQuery(reader, source),
                new ArtistTrends(reader, source), new AudienceAnalytics(reader), new RetentionQuery(reader, source));
    }
}
