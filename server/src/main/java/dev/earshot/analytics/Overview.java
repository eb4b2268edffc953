package dev.earshot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The headline KPIs of a range. DAU, WAU and MAU count distinct listeners in the 1, 7 and 30 days ending at
 * {@code range.to}; the rates are per play.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Overview(Range range, long events, long listeners, long dau, long wau, long mau, long plays,
                       double minutesListened, double skipRate, double likeRate, double shareRate,
                       Double meanEngagement, double minutesPerListener) {
}
