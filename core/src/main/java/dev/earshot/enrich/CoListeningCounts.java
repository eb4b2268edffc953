package dev.earshot.enrich;

import dev.earshot.event.ListenEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-pass half of the co-listening model: feed it events (from a stream, a table scan, a list) and it
 * keeps one engagement sum per (user, track); {@link #fit} then turns them into an immutable
 * {@link ItemItemSimilarity}. Ids are interned to int indices in first-seen order, so the same events in the
 * same order give the same snapshot. Not thread-safe: a rebuild feeds a fresh instance on one thread while
 * queries keep reading the previous snapshot.
 */
public final class CoListeningCounts {
    /** Distinct tracks of one listener that the fit takes, the most engaged ones: see {@link ListenerCap}. */
    public static final int MAX_TRACKS_PER_LISTENER = 500;
    private final Map<String, Integer> userIndex = new HashMap<>();
    private final Map<String, Integer> trackIndex = new HashMap<>();
    private final List<String> trackIds = new ArrayList<>();
    private final CoListeningPairs pairs = new CoListeningPairs();

    public void add(ListenEvent e) {
        add(e.userId(), e.trackId(), CoListeningWeights.weight(e));
    }

    /** Adds engagement of a user with a track; tracks are registered even at weight zero, as seen. */
    public void add(String userId, String trackId, double weight) {
        int user = userIndex.computeIfAbsent(userId, id -> userIndex.size());
        Integer track = trackIndex.get(trackId);
        if (track == null) {
            track = trackIds.size();
            trackIndex.put(trackId, track);
            trackIds.add(trackId);
        }
        pairs.add(user, track, weight);
    }

    public void addAll(Iterable<ListenEvent> events) {
        events.forEach(this::add);
    }

    /** The similarity snapshot with at most {@code k} neighbours per track, each listener capped at {@link #MAX_TRACKS_PER_LISTENER}. */
    public ItemItemSimilarity fit(int k) {
        return fit(k, MAX_TRACKS_PER_LISTENER);
    }

    /**
     * As {@link #fit(int)}, with each listener's contribution to the fit capped at their {@code cap} most engaged
     * tracks ({@link ListenerCap}); a track's listener count still counts every listener who engaged with it.
     */
    public ItemItemSimilarity fit(int k, int cap) {
        CoListeningMatrix byTrack = CoListeningMatrix.byTrack(trackIds.size(), pairs);
        CoListeningMatrix byUser = CoListeningMatrix.byUser(userIndex.size(), pairs);
        int[] listeners = new int[trackIds.size()];
        for (int i = 0; i < listeners.length; i++) {
            listeners[i] = byTrack.length(i);
        }
        CoListeningPairs kept = ListenerCap.apply(pairs, byUser, cap);
        if (kept != pairs) {
            byTrack = CoListeningMatrix.byTrack(trackIds.size(), kept);
            byUser = CoListeningMatrix.byUser(userIndex.size(), kept);
        }
        return new ItemItemSimilarity(trackIds, ItemItemFit.fit(byUser, byTrack, k, ItemItemFit.SHRINK), listeners);
    }
}
