package dev.earshot.auth;

/**
 * The scope each route under /v1 needs, in one table so that a new route is covered by default: reads need
 * {@code read}; sending listens needs {@code ingest}; every other write needs {@code admin} (erasure, rebuilds,
 * backfills, simulations, keys, backups, compaction, rules).
 */
final class RouteScopes {
    private RouteScopes() {
    }

    static Scope scopeFor(String method, String path) {
        if (path.startsWith("/v1/keys") || path.startsWith("/v1/admin/")) {
            return Scope.ADMIN;
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return Scope.READ;
        }
        if (method.equals("POST") && (path.equals("/v1/events") || path.startsWith("/v1/imports")
                || path.startsWith("/v1/webhooks/"))) {
            return Scope.INGEST;
        }
        return Scope.ADMIN;
    }
}
