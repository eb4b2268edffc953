package dev.earshot.rules;

import java.time.Instant;
import java.util.List;

/**
 * The rules as GET and PUT /v1/rules answer them: the stored document, when it was saved (null: never) and how
 * many stored listens it leaves out of the statistics now.
 */
public record RulesView(CleanupRules.Exclusions exclude, List<CleanupRules.Merge> merges,
                        List<CleanupRules.Split> splits, Instant updatedAt, long excludedListens) {
}
