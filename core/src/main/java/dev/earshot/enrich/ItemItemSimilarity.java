package dev.earshot.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of track-to-track similarity from co-listening: for every track seen, its best
 * neighbours (most similar first) and how many listeners engaged with it. Safe to share between threads;
 * a rebuild makes a new snapshot and swaps the reference.
 */
public final class ItemItemSimilarity {
    private final List<String> trackIds;
    private final Map<String, Integer> index;
    private final int[][] neighbours;
    private final float[][] scores;
    private final int[] listeners;

    ItemItemSimilarity(List<String> trackIds, ItemItemFit.Neighbours fitted, int[] listeners) {
        this.trackIds = List.copyOf(trackIds);
        this.index = new HashMap<>(trackIds.size() * 2);
        for (int i = 0; i < trackIds.size(); i++) {
            index.put(trackIds.get(i), i);
        }
        this.neighbours = fitted.items();
        this.scores = fitted.scores();
        this.listeners = listeners;
    }

    /** The track's neighbours, most similar first; empty for a track never seen or never co-listened. */
    public List<ItemItemNeighbour> neighbours(String trackId) {
        Integer i = index.get(trackId);
        if (i == null) {
            return List.of();
        }
        List<ItemItemNeighbour> out = new ArrayList<>(neighbours[i].length);
        for (int n = 0; n < neighbours[i].length; n++) {
            out.add(new ItemItemNeighbour(trackIds.get(neighbours[i][n]), scores[i][n]));
        }
        return out;
    }

    /** How many listeners engaged positively with the track (0 when never seen): the evidence behind it. */
    public int listeners(String trackId) {
        Integer i = index.get(trackId);
        return i == null ? 0 : listeners[i];
    }

    /** Every track the snapshot saw, in index order. */
    public List<String> trackIds() {
        return trackIds;
    }
}
