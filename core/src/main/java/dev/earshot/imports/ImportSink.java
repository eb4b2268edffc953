package dev.earshot.imports;

import dev.earshot.event.TrackMetadata;

/**
 * Where a reader sends what it reads, record by record, so that files of hundreds of MB are never held
 * whole. {@code index} is the record's position in its file (0-based), used in error reports.
 */
public interface ImportSink {
    void listen(ImportedListen listen);

    /** A record read and deliberately left out (incognito, podcast, ad, …). */
    void leftOut(LeftOut kind);

    /** A record that could not be read: {@code field} names what was wrong, {@code raw} is its text (may be null). */
    void rejected(String file, long index, String field, String reason, String raw);

    /** A catalog entry (the catalog CSV): {@code trackId} as the file gives it, its facts and audio features. */
    void catalogTrack(String trackId, TrackMetadata track);
}
