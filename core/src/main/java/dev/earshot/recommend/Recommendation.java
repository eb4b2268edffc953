package dev.earshot.recommend;

import java.util.List;

/** A recommended track, its model's score (comparable only within one answer) and why it was recommended. */
public record Recommendation(String trackId, double score, List<Reason> reasons) {
    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
