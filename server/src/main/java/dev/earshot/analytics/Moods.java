package dev.earshot.analytics;

import java.util.List;

/** Listens by mood, and by mood and the listener's local hour. */
public record Moods(Range range, List<Share> distribution, List<HourMood> byHour) {
    public record Share(String mood, long listens, double share) {
    }

    public record HourMood(int hour, String mood, long listens) {
    }
}
