package dev.earshot.store;

/** The warehouse could not do what was asked; the message says what and, where we know, why. */
public final class WarehouseException extends RuntimeException {
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
