package dev.earshot.store;

import java.time.Instant;

/** Whether the store takes writes now; when not, why ({@code fault}, a sentence for people) and since when. */
public record StoreHealth(boolean writable, WriteFault fault, String reason, Instant since) {
    public static final StoreHealth WRITABLE = new StoreHealth(true, null, null, null);

    public static StoreHealth failed(WriteFault fault, String reason, Instant since) {
        return new StoreHealth(false, fault, reason, since);
    }
}
