package dev.earshot.analytics;

import dev.earshot.store.SqlReader;

/** Every analytics question, grouped by feature; built once over the warehouse's read side. */
public record Analytics(ActivityAnalytics activity, TasteAnalytics taste, ChartAnalytics charts,
                        ChartHistoryQuery chartHistory, ArtistTrends artists, AudienceAnalytics audience,
                        RetentionQuery retention) {

    public static Analytics over(SqlReader reader) {
        return new Analytics(new ActivityAnalytics(reader), new TasteAnalytics(reader), new ChartAnalytics(reader),
                new ChartHistoryQuery(reader), new ArtistTrends(reader), new AudienceAnalytics(reader),
                new RetentionQuery(reader));
    }
}
