package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import dev.earshot.enrich.CoListeningPairs;
import dev.earshot.enrich.CoListeningWeights;
import dev.earshot.event.ListenEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects events (from a simulation, a table scan) into {@link Interactions}. Ids are numbered in first-seen
 * order, so the same events in the same order build the same matrix. Not thread-safe.
 */
public final class InteractionsBuilder {
    private final Map<String, Integer> userIndex = new HashMap<>();
    private final Map<String, Integer> trackIndex = new HashMap<>();
    private final List<String> userIds = new ArrayList<>();
    private final List<String> trackIds = new ArrayList<>();
    private final CoListeningPairs pairs = new CoListeningPairs();

    public InteractionsBuilder add(ListenEvent e) {
        return add(e.userId(), e.trackId(), CoListeningWeights.weight(e));
    }

    /** Adds {@code weight} (a {@link CoListeningWeights} value) to the user's engagement with the track. */
    public InteractionsBuilder add(String userId, String trackId, double weight) {
        pairs.add(intern(userId, userIndex, userIds), intern(trackId, trackIndex, trackIds), weight);
        return this;
    }

    public InteractionsBuilder addAll(Iterable<ListenEvent> events) {
        events.forEach(this::add);
        return this;
    }

    public Interactions build() {
        return new Interactions(userIds, trackIds, CoListeningMatrix.byUser(userIds.size(), pairs),
                CoListeningMatrix.byTrack(trackIds.size(), pairs));
    }

    private static int intern(String id, Map<String, Integer> index, List<String> ids) {
        Integer i = index.get(id);
        if (i == null) {
            i = ids.size();
            index.put(id, i);
            ids.add(id);
        }
        return i;
    }
}
