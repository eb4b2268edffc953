package dev.earshot.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers for time series whose values line up with a list of bucket starts. */
final class Series {
    private Series() {
    }

    static Map<Instant, Integer> index(List<Instant> times) {
        Map<Instant, Integer> index = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            index.put(times.get(i), i);
        }
        return index;
    }

    static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
