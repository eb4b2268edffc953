package dev.earshot.segments;

import dev.earshot.analytics.Range;
import java.util.List;

/**
 * A segment's size in the range, as a count and as a share of everyone who listened in the range, with the
 * members who match most often as a sample.
 */
public record Audience(Rule rule, Range range, long audience, double shareOfListeners, List<AudienceMember> sampleUsers) {
    public Audience {
        sampleUsers = List.copyOf(sampleUsers);
    }
}
