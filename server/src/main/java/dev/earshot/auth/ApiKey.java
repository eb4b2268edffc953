package dev.earshot.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A stored key as the server knows it: never its secret. {@code userId} binds it to one listener. */
public record ApiKey(String id, String name, Set<Scope> scopes, Optional<String> userId, Instant createdAt,
                     Optional<Instant> revokedAt) {
    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    /** ADMIN implies READ and INGEST. */
    public boolean allows(Scope s) {
        return scopes.contains(s) || scopes.contains(Scope.ADMIN);
    }

    public boolean live() {
        return revokedAt.isEmpty();
    }
}
