package dev.earshot.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
    private final Map<String, NavigableMap<Long, List<Known>>> byListenerTrack = new HashMap<>();

    public CrossSourceMerge(Duration window) {
        this.windowMs = window.toMillis();
    }

    /** A listen already stored, from {@code source} (an {@link ImportFormat} ordinal, or {@link #LIVE}). */
    public void known(String userId, String trackId, long startMs, int source) {
        add(key(userId, trackId), startMs, source);
    }

    /**
     * True when this listen is one already known from another source (then it is not stored); otherwise it is
     * remembered, so that a later source's record of it merges into it.
     */
    public boolean merges(String userId, String trackId, long startMs, ImportFormat source) {
        String key = key(userId, trackId);
        NavigableMap<Long, List<Known>> starts = byListenerTrack.get(key);
        if (starts != null && windowMs > 0) {
            Known best = null;
            long bestGap = Long.MAX_VALUE;
            for (var e : starts.subMap(startMs - windowMs, true, startMs + windowMs, true).entrySet()) {
                for (Known k : e.getValue()) {
                    long gap = Math.abs(e.getKey() - startMs);
                    if (k.source != source.ordinal() && !k.absorbed(source) && gap < bestGap) {
                        best = k;
                        bestGap = gap;
                    }
                }
            }
            if (best != null) {
                best.absorb(source);
                return true;
            }
        }
        add(key, startMs, source.ordinal());
        return false;
    }

    public int size() {
        return byListenerTrack.values().stream().mapToInt(Map::size).sum();
    }

    private void add(String key, long startMs, int source) {
        byListenerTrack.computeIfAbsent(key, k -> new TreeMap<>())
                .computeIfAbsent(startMs, s -> new ArrayList<>(1)).add(new Known(source));
    }

    private static String key(String userId, String trackId) {
        return userId + '\u0000' + trackId;
    }

    private static final class Known {
        final int source;
        long absorbedSources;

        Known(int source) {
            this.source = source;
        }

        boolean absorbed(ImportFormat f) {
            return (absorbedSources & (1L << f.ordinal())) != 0;
        }

        void absorb(ImportFormat f) {
            absorbedSources |= 1L << f.ordinal();
        }
    }
}
