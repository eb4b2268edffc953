package dev.earshot.sources;

import dev.earshot.ingest.OutcomeUnknownException;
import dev.earshot.ingest.OverloadedException;
import dev.earshot.store.StoreUnavailableException;
import dev.earshot.store.WarehouseException;

/**
 * Which failures a scrobbler should retry: a full queue, a store that cannot write or answer just now, a commit
 * not confirmed in time. Protocols answer these, and only these, with a 5xx (Navidrome retries a listen only
 * when the JSON code is 500 or 503), so that nothing is lost and nothing is retried forever.
 */
public final class Transient {
    /** How long every 429, 503 and 507 asks a client to wait, on every API and protocol (the one rule: ErrorMapping). */
    public static final int RETRY_AFTER_SECONDS = 1;

    private Transient() {
    }

    public static boolean is(Throwable e) {
        return e instanceof OverloadedException || e instanceof StoreUnavailableException
                || e instanceof OutcomeUnknownException || e instanceof WarehouseException;
    }

    /** What a client is told of a transient failure; never the cause, which may name the database engine. */
    public static String message(Throwable e) {
        return e instanceof OutcomeUnknownException
                ? "the listens may or may not be stored yet; send them again (those stored are not stored twice)"
                : "the server cannot store listens just now; nothing was stored; retry shortly";
    }
}
