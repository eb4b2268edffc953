package dev.earshot.models;

import java.util.List;

/**
 * The co-listening model the routes ask about: its last rebuild, a rebuild now, the snapshot the stream job
 * loads, the tracks like one. With enrichment off it is {@link #OFF}, so no caller checks for a missing model.
 */
public interface CoListening {
    /** The last rebuild, or null before the first. */
    ModelRebuilder.Report last();

    /** Rebuilds it now; null when there is none to rebuild. */
    ModelRebuilder.Report rebuild();

    /** The catalog and model ingest enriches with now, for the stream job. */
    byte[] snapshot();

    /** The tracks most like this one; null before the first model, empty when nothing is known of the track. */
    List<String> similarTo(String trackId);

    /** Enrichment off: never built, nothing to rebuild, no snapshot or similarity to give. */
    CoListening OFF = new CoListening() {
        @Override
        public ModelRebuilder.Report last() {
            return null;
        }

        @Override
        public ModelRebuilder.Report rebuild() {
            return null;
        }

        @Override
        public byte[] snapshot() {
            throw new EnrichmentOffException("there is no model");
        }

        @Override
        public List<String> similarTo(String trackId) {
            throw new EnrichmentOffException("there is no similarity model");
        }
    };
}
