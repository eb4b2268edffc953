package dev.earshot.store;

/**
 * The store refused a write before committing it, or could not commit it: nothing of that write is stored,
 * so the client may send it again after a pause. {@link #fault} says why (a full disk is answered 507).
 */
public final class StoreUnavailableException extends RuntimeException {
    private final WriteFault fault;

    public StoreUnavailableException(WriteFault fault, String message) {
        super(message, null, false, false);
        this.fault = fault;
    }

    public WriteFault fault() {
        return fault;
    }
}
