package dev.earshot.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a key may do: send listens, read analytics, or administer (which implies the other two). */
public enum Scope {
    INGEST, READ, ADMIN;

    /** The name on the wire and on the command line. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
