package dev.earshot.models;

/** Re-enriching stored events in the background; with enrichment off it is {@link #OFF}. */
public interface Backfill {
    BackfillStatus status();

    /** Starts a run; false when one is already running. */
    boolean start(BackfillRequest request);

    /** Enrichment off: there is nothing to re-enrich with. */
    Backfill OFF = new Backfill() {
        @Override
        public BackfillStatus status() {
            throw new EnrichmentOffException("there is no model");
        }

        @Override
        public boolean start(BackfillRequest request) {
            throw new EnrichmentOffException("there is no model");
        }
    };
}
