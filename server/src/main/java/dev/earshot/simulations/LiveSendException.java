package dev.earshot.simulations;

/** Sending simulated events to a server failed for good: it refused them, or could not be reached. */
public final class LiveSendException extends RuntimeException {
    public LiveSendException(String message) {
        super(message);
    }

    public LiveSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
