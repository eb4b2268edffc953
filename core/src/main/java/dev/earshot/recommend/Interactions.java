package dev.earshot.recommend;

import dev.earshot.enrich.CoListeningMatrix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The implicit-feedback matrix the recommenders learn from: a row per listener, a column per track, and per
 * pair r = log(1 + engagement), engagement being the sum of the {@link dev.earshot.enrich.CoListeningWeights}
 * of their events, the same evidence the similar-tracks model reads. Pairs with no positive engagement are
 * absent, so a rejected track is neither evidence of taste nor "already played". Immutable; safe to share.
 */
public final class Interactions {
    private final List<String> userIds;
    private final List<String> trackIds;
    private final Map<String, Integer> userIndex;
    private final Map<String, Integer> trackIndex;
    private final CoListeningMatrix byUser;
    private final CoListeningMatrix byTrack;

    Interactions(List<String> userIds, List<String> trackIds, CoListeningMatrix byUser, CoListeningMatrix byTrack) {
        this.userIds = List.copyOf(userIds);
        this.trackIds = List.copyOf(trackIds);
        this.userIndex = index(userIds);
        this.trackIndex = index(trackIds);
        this.byUser = byUser;
        this.byTrack = byTrack;
    }

    public int users() {
        return userIds.size();
    }

    public int tracks() {
        return trackIds.size();
    }

    /** The user's row, or -1 for a listener never seen. */
    public int user(String userId) {
        return userIndex.getOrDefault(userId, -1);
    }

    /** The track's column, or -1 for a track never seen. */
    public int track(String trackId) {
        return trackIndex.getOrDefault(trackId, -1);
    }

    public String userId(int user) {
        return userIds.get(user);
    }

    public String trackId(int track) {
        return trackIds.get(track);
    }

    /** Rows are users, columns tracks. */
    public CoListeningMatrix byUser() {
        return byUser;
    }

    /** Rows are tracks, columns users. */
    public CoListeningMatrix byTrack() {
        return byTrack;
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> out = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i);
        }
        return out;
    }
}
