package dev.earshot.sources;

/** A scrobbler's credential that does not let it in; each protocol answers it in its own format. */
public final class NotAllowedException extends RuntimeException {
    /** Why: the secret is unknown or revoked, or the key may not send a listener's listens. */
    public enum Reason { INVALID, NOT_A_LISTENER }

    private final Reason reason;

    public NotAllowedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
