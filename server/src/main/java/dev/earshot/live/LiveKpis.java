package dev.earshot.live;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The figures of a {@code kpi} tick: all events stored, those received in the last minute, recent listeners. */
public record LiveKpis(long eventsTotal, long eventsLastMinute,
                       @JsonProperty("listeners_last_5_minutes") long listenersLast5Minutes) {
}
