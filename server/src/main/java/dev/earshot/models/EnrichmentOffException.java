package dev.earshot.models;

/** Asked of a model while enrichment is off ({@code --no-enrich}); answered 409 {@code enrichment_off}. */
public final class EnrichmentOffException extends RuntimeException {
    public EnrichmentOffException(String what) {
        super("enrichment is off (--no-enrich): " + what);
    }
}
