package dev.earshot.imports;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The same listen from two sources is stored once (issue 12, point 3): a Last.fm scrobble and the Spotify record
 * of the same play start seconds to a minute apart. A listen merges into a known one of the same listener and
 * track that started within the window and came from <em>another</em> source, and each known listen takes at
 * most one from each other source; two records of one source are never merged, so a song played twice in a row
 * stays two listens (and its second start is a whole play after the first, outside the window anyway).
 * Not thread-safe: one import at a time.
 */
public final class CrossSourceMerge {
    /** A source that is no import: events sent live by clients. */
    public static final int LIVE = -1;

    private final long windowMs;
    /** Listener → track → the starts known; no key strings are built per listen. */
    private final Map<String, Map<String, Starts>> byListener = new HashMap<>();

    public CrossSourceMerge(Duration window) {
        this.windowMs = window.toMillis();
    }

    /** A listen already stored, from {@code source} (an {@link ImportFormat} ordinal, or {@link #LIVE}). */
    public void known(String userId, String trackId, long startMs, int source) {
        starts(userId, trackId).add(startMs, source);
    }

    /**
     * True when this listen is one already known from another source (then it is not stored); otherwise it is
     * remembered, so that a later source's record of it merges into it.
     */
    public boolean merges(String userId, String trackId, long startMs, ImportFormat source) {
        Starts starts = starts(userId, trackId);
        if (windowMs > 0 && starts.absorbNearest(startMs, windowMs, source.ordinal())) {
            return true;
        }
        starts.add(startMs, source.ordinal());
        return false;
    }

    private Starts starts(String userId, String trackId) {
        return byListener.computeIfAbsent(userId, u -> new HashMap<>()).computeIfAbsent(trackId, t -> new Starts());
    }

    /**
     * One listener's listens of one track, sorted by start: parallel arrays of start, source and the sources
     * merged into it so far. Exports come in time order, so a new start is nearly always appended.
     */
    private static final class Starts {
        long[] at = new long[2];
        int[] source = new int[2];
        long[] absorbed = new long[2];
        int size;

        void add(long startMs, int src) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                source = Arrays.copyOf(source, size * 2);
                absorbed = Arrays.copyOf(absorbed, size * 2);
            }
            int i = size;
            while (i > 0 && at[i - 1] > startMs) {
                i--;
            }
            System.arraycopy(at, i, at, i + 1, size - i);
            System.arraycopy(source, i, source, i + 1, size - i);
            System.arraycopy(absorbed, i, absorbed, i + 1, size - i);
            at[i] = startMs;
            source[i] = src;
            absorbed[i] = 0;
            size++;
        }

        /** Marks the nearest start within the window from another source, not yet merged with {@code src}. */
        boolean absorbNearest(long startMs, long windowMs, int src) {
            int from = lowerBound(startMs - windowMs);
            int best = -1;
            long bestGap = Long.MAX_VALUE;
            for (int i = from; i < size && at[i] <= startMs + windowMs; i++) {
                long gap = Math.abs(at[i] - startMs);
                if (source[i] != src && (absorbed[i] & (1L << src)) == 0 && gap < bestGap) {
                    best = i;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                return false;
            }
            absorbed[best] |= 1L << src;
            return true;
        }

        private int lowerBound(long value) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
