package dev.earshot.enrich.llm;

import java.util.List;

/** Where Claude's answers are kept across restarts, so that no track is paid for twice. */
public interface InsightStore {
    /** Every insight kept so far. */
    List<TrackInsight> loadAll();

    /** Keeps these insights, replacing any earlier one of the same track. */
    void save(List<TrackInsight> insights);
}
