package dev.earshot.sources.lastfm;

import dev.earshot.sources.Listener;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens of the {@code auth.getToken} + {@code auth.getSession} flow. On Last.fm the user authorises a token in
 * a browser; here the application's {@code api_key} is the listener's Earshot key, so the token is authorised
 * for that key when it is made. Like Last.fm's, a token is good for 60 minutes and for one session.
 */
final class AuthTokens {
    static final Duration LIFETIME = Duration.ofMinutes(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Issued(Listener listener, Instant expires) {
    }

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    String issue(Listener listener, Instant now) {
        tokens.values().removeIf(t -> !t.expires().isAfter(now));
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        tokens.put(token, new Issued(listener, now.plus(LIFETIME)));
        return token;
    }

    /** The listener a live token was issued for; the token is then used up. */
    Optional<Listener> redeem(String token, Instant now) {
        Issued issued = tokens.remove(token);
        return issued == null || !issued.expires().isAfter(now) ? Optional.empty() : Optional.of(issued.listener());
    }
}
