package dev.earshot.enrich.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link InsightStore} in memory, standing in for the warehouse table across a simulated restart. */
final class MemoryInsightStore implements InsightStore {
    private final Map<String, TrackInsight> kept = new ConcurrentHashMap<>();

    @Override
    public List<TrackInsight> loadAll() {
        return new ArrayList<>(kept.values());
    }

    @Override
    public void save(List<TrackInsight> insights) {
        insights.forEach(i -> kept.put(i.trackId(), i));
    }

    int size() {
        return kept.size();
    }
}
