package dev.earshot.catalog;

import dev.earshot.event.TrackMetadata;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks by id, safe to read and write from many threads. Inline event metadata upserts an entry field by
 * field: the latest known value of each field wins, and a field the newer metadata leaves out keeps what was
 * known, so a sparse event never erases facts. Upserting the same metadata again keeps the same {@link Track}
 * instance, which lets enrichers cache per-track results by identity.
 */
public final class Catalog {
    private final Map<String, Entry> tracks = new ConcurrentHashMap<>();

    /** The track with this id, or null when the catalog does not know it. */
    public Track find(String trackId) {
        Entry e = tracks.get(trackId);
        return e == null ? null : e.track;
    }

    public Track upsert(String trackId, TrackMetadata metadata) {
        if (metadata == null) {
            return find(trackId);
        }
        return tracks.compute(trackId, (id, old) -> merge(id, old, metadata)).track;
    }

    /** Every track known, in no particular order (for a model snapshot, see {@code ModelSnapshot}). */
    public void forEach(java.util.function.Consumer<Track> each) {
        tracks.values().forEach(e -> each.accept(e.track));
    }

    public int size() {
        return tracks.size();
    }

    private static Entry merge(String id, Entry old, TrackMetadata m) {
        if (old == null) {
            return new Entry(m, new Track(id, m.title(), m.artist(), m.album(), m.durationMs(), m.genres(),
                    AudioFeatures.fromMap(m.audioFeatures())));
        }
        if (old.lastSeen.equals(m)) {
            return old;
        }
        Track t = old.track;
        Track merged = new Track(id, latest(m.title(), t.title()), latest(m.artist(), t.artist()),
                latest(m.album(), t.album()), latest(m.durationMs(), t.durationMs()),
                m.genres().isEmpty() ? t.genres() : m.genres(),
                m.audioFeatures().isEmpty() ? t.features() : AudioFeatures.fromMap(m.audioFeatures()));
        return new Entry(m, merged.equals(t) ? t : merged);
    }

    private static <T> T latest(T newer, T older) {
        return newer != null ? newer : older;
    }

    /** The track as merged so far, beside the metadata last seen, to skip work when an event repeats it. */
    private record Entry(TrackMetadata lastSeen, Track track) {
    }
}
