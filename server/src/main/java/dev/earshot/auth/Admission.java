package dev.earshot.auth;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets a request under /v1 in, or not: its key (from the {@code Authorization} header, Bearer or Token; never
 * a cookie), the scope its route needs, and the key's rate limit. A key that is sent is always checked, even
 * when the routes demand none, so that a wrong key is never silently ignored.
 */
public final class Admission {
    /** The request attribute holding the admitted {@link ApiKey}, when the request came with one. */
    public static final String KEY_ATTRIBUTE = "earshot.key";
    /** EventSource cannot send headers, so the live feed (a read) may take its key as {@code ?key=}. */
    private static final String LIVE_PATH = "/v1/live";
    /** Webhooks authenticate themselves (Web Scrobbler can send its key only in the URL, as {@code ?key=}). */
    private static final String WEBHOOKS = "/v1/webhooks/";

    private final KeyRing keys;
    private final AuthPolicy policy;
    private final RateLimits limits;

    public Admission(KeyRing keys, AuthPolicy policy, int ratePerMinute) {
        this.keys = keys;
        this.policy = policy;
        this.limits = new RateLimits(ratePerMinute);
    }

    /** The key a request was admitted with, if it sent one. */
    public static Optional<ApiKey> keyOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(KEY_ATTRIBUTE));
    }

    /** Whether routes demand a key just now (the scrobbler protocols' read routes follow this too). */
    public boolean keysRequired() {
        return policy.required();
    }

    public void admit(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("OPTIONS") || ctx.path().startsWith(WEBHOOKS)) {
            return;
        }
        Optional<String> secret = secret(ctx);
        if (secret.isEmpty()) {
            if (policy.required()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"earshot\"");
                throw AuthException.unauthorized("this server needs a key: send it as 'Authorization: Bearer <key>'");
            }
            return;
        }
        ApiKey key = keys.authenticate(secret.get()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"earshot\", error=\"invalid_token\"");
            return AuthException.unauthorized("the key is not valid (unknown or revoked)");
        });
        Scope needed = RouteScopes.scopeFor(method, ctx.path());
        if (!key.allows(needed)) {
            throw AuthException.forbidden("this key (" + key.id() + ") lacks the '" + needed.wire()
                    + "' scope that " + method + " " + ctx.path() + " needs");
        }
        limit(ctx, key);
        ctx.attribute(KEY_ATTRIBUTE, key);
    }

    private void limit(Context ctx, ApiKey key) {
        RateLimits.Outcome outcome = limits.take(key.id());
        ctx.header("X-RateLimit-Limit", Integer.toString(outcome.limit()));
        ctx.header("X-RateLimit-Remaining", Long.toString(outcome.remaining()));
        ctx.header("X-RateLimit-Reset", Long.toString(outcome.resetSeconds()));
        refuseWhenSpent(outcome);
    }

    /**
     * Counts one request of key {@code keyId} made through a scrobbler protocol, against the same per-key bucket as
     * the API: a key is one budget whichever door it uses. Throws {@link RateLimitedException} when it is spent;
     * the protocol answers that in its own format. Answers what is left, which a protocol may report.
     */
    public RateBudget spend(String keyId) {
        RateLimits.Outcome outcome = limits.take(keyId);
        refuseWhenSpent(outcome);
        return new RateBudget(outcome.limit(), outcome.remaining(), outcome.resetSeconds());
    }

    private static void refuseWhenSpent(RateLimits.Outcome outcome) {
        if (!outcome.allowed()) {
            throw new RateLimitedException("this key has used its " + outcome.limit() + " requests a minute; retry in "
                    + outcome.retryAfterSeconds() + " s", Math.max(1, outcome.retryAfterSeconds()), outcome.limit(),
                    outcome.resetSeconds());
        }
    }

    private static Optional<String> secret(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            String[] parts = header.strip().split("\\s+", 2);
            String scheme = parts[0].toLowerCase(Locale.ROOT);
            if (parts.length == 2 && (scheme.equals("bearer") || scheme.equals("token"))) {
                return Optional.of(parts[1].strip());
            }
            throw AuthException.unauthorized("send the key as 'Authorization: Bearer <key>'");
        }
        if (ctx.path().equals(LIVE_PATH) && ctx.method().name().equals("GET")) {
            return Optional.ofNullable(ctx.queryParam("key"));
        }
        return Optional.empty();
    }
}
