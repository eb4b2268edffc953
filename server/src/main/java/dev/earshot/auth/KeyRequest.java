package dev.earshot.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a new key should be: its scopes, an optional listener it is bound to, and a name for people. */
public record KeyRequest(Set<Scope> scopes, Optional<String> userId, String name) {
    public KeyRequest {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one scope (ingest, read or admin)");
        }
        scopes = Set.copyOf(scopes);
        userId = userId.filter(u -> !u.isBlank());
        name = name == null ? "" : name;
    }

    /** From wire names ("ingest", "read", "admin", each possibly comma-separated); unknown names are refused. */
    public static KeyRequest parse(Collection<String> scopes, String userId, String name) {
        Set<Scope> parsed = EnumSet.noneOf(Scope.class);
        for (String item : scopes == null ? java.util.List.<String>of() : scopes) {
            for (String one : item.split(",")) {
                parsed.add(Scope.fromWire(one).orElseThrow(() -> new IllegalArgumentException(
                        "unknown scope '" + one.strip() + "'; scopes are ingest, read and admin")));
            }
        }
        return new KeyRequest(parsed, Optional.ofNullable(userId), name);
    }
}
