package dev.earshot.analytics;

import java.time.Instant;

/**
 * How trending and emerging artists are judged, as their answers carry it so that the dashboard can show the
 * rule and, when the list is empty, say why: {@code historyCoversPrevious} is false when the stored history
 * begins after the previous period does (growth against it would be invented), {@code historyFrom} the first
 * stored event (null with none).
 */
public record TrendRule(String text, Instant previousFrom, Instant previousTo, Instant historyFrom,
                        boolean historyCoversPrevious) {
}
