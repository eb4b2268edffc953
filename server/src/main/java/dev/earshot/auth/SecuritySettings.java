package dev.earshot.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a server guards its doors: the auth mode ({@code insecure} allows a non-loopback address without keys),
 * requests per minute per key, the Host names it answers to (empty: the bind address and localhost names), the
 * origins allowed cross-origin (empty: none), a PEM certificate and key for TLS (both or neither), how soon an
 * erased listener's bytes must leave the file, and a key file for pseudonymising user ids at ingest (or null).
 */
public record SecuritySettings(AuthMode auth, boolean insecure, int ratePerMinute, List<String> allowedHosts,
                               List<String> corsOrigins, Path tlsCert, Path tlsKey, Duration compactWithin,
                               Path pseudonymiseKeyFile) {
    public static final int DEFAULT_RATE_PER_MINUTE = 1200;
    public static final Duration DEFAULT_COMPACT_WITHIN = Duration.ofHours(24);

    public SecuritySettings {
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
        if (ratePerMinute <= 0) {
            throw new IllegalArgumentException("rate limit must be at least one request a minute");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("TLS needs both --tls-cert and --tls-key");
        }
        if (compactWithin.isNegative() || compactWithin.isZero()) {
            throw new IllegalArgumentException("the compaction bound must be positive");
        }
    }

    public static SecuritySettings defaults() {
        return new SecuritySettings(AuthMode.AUTO, false, DEFAULT_RATE_PER_MINUTE, List.of(), List.of(), null, null,
                DEFAULT_COMPACT_WITHIN, null);
    }

    public SecuritySettings withAuth(AuthMode mode) {
        return new SecuritySettings(mode, insecure, ratePerMinute, allowedHosts, corsOrigins, tlsCert, tlsKey,
                compactWithin, pseudonymiseKeyFile);
    }

    public SecuritySettings withRatePerMinute(int rate) {
        return new SecuritySettings(auth, insecure, rate, allowedHosts, corsOrigins, tlsCert, tlsKey, compactWithin,
                pseudonymiseKeyFile);
    }

    public boolean tls() {
        return tlsCert != null;
    }
}
