package dev.earshot.segments;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.earshot.analytics.InvalidParameterException;

/**
 * Listener's local hours {@code from} to {@code to}, both included; {@code 22-2} wraps past midnight.
 * Written as on the wire, {@code "18-23"}.
 */
public record HourRange(int from, int to) {
    public HourRange {
        if (from < 0 || from > 23 || to < 0 || to > 23) {
            throw new InvalidParameterException("hours", "must be two hours from 0 to 23, e.g. 18-23");
        }
    }

    public static HourRange parse(String text) {
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 2) {
            throw new InvalidParameterException("hours", "must look like 18-23 (local hours, both included)");
        }
        try {
            return new HourRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("hours", "must look like 18-23 (local hours, both included)");
        }
    }

    public boolean wraps() {
        return from > to;
    }

    @JsonValue
    @Override
    public String toString() {
        return from + "-" + to;
    }
}
