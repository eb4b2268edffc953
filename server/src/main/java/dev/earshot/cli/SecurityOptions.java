package dev.earshot.cli;

import dev.earshot.auth.AuthMode;
import dev.earshot.auth.SecuritySettings;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The serve flags that guard the server's doors (keys, browser safety, erasure, TLS), as one mixin; the defaults
 * of --auth, --insecure, --rate-limit and --compact-within are {@link SecuritySettings#defaults}'s ({@link ServeDefaults}).
 */
public final class SecurityOptions {
    @Option(names = "--auth",
            description = "on, off, or auto: on as soon as any key exists or the address is not loopback (env EARSHOT_AUTH).")
    String auth;

    @Option(names = "--insecure",
            description = "Allow a non-loopback address without keys: anyone who reaches it may use it (env EARSHOT_INSECURE).")
    boolean insecure;

    @Option(names = "--rate-limit",
            description = "Requests a minute per key (a token bucket of that size); past it, 429 (env EARSHOT_RATE_LIMIT).")
    int ratePerMinute;

    @Option(names = "--allowed-hosts", split = ",", defaultValue = "${env:EARSHOT_ALLOWED_HOSTS:-}",
            description = "Host names the server answers to, comma-separated (default: the bind address, localhost,"
                    + " 127.0.0.1, [::1]); any other Host header is refused with 421 (env EARSHOT_ALLOWED_HOSTS).")
    List<String> allowedHosts;

    @Option(names = "--cors-origins", split = ",", defaultValue = "${env:EARSHOT_CORS_ORIGINS:-}",
            description = "Origins allowed to call the API from a browser, e.g. https://dash.example.org (default: none,"
                    + " every cross-origin request is refused) (env EARSHOT_CORS_ORIGINS).")
    List<String> corsOrigins;

    @Option(names = "--tls-cert", defaultValue = "${env:EARSHOT_TLS_CERT}",
            description = "A PEM certificate chain: serve HTTPS on the port (with --tls-key) (env EARSHOT_TLS_CERT).")
    java.nio.file.Path tlsCert;

    @Option(names = "--tls-key", defaultValue = "${env:EARSHOT_TLS_KEY}",
            description = "The certificate's PEM private key, PKCS#8 or PKCS#1, unencrypted (env EARSHOT_TLS_KEY).")
    java.nio.file.Path tlsKey;

    @Option(names = "--compact-within",
            description = "How soon after an erasure the database file is rewritten so that none of the erased"
                    + " listener's bytes remain in it or its log, ISO-8601 (env EARSHOT_COMPACT_WITHIN).")
    java.time.Duration compactWithin;

    @Option(names = "--pseudonymise-key-file", defaultValue = "${env:EARSHOT_PSEUDONYMISE_KEY_FILE}",
            description = "Replace every user id at ingest (and in requests naming a listener) by a keyed hash under"
                    + " the key in this file, made when missing; keep the file safe and backed up: without it new"
                    + " listens of a listener no longer join their history (env EARSHOT_PSEUDONYMISE_KEY_FILE).")
    java.nio.file.Path pseudonymiseKeyFile;

    SecuritySettings settings() {
        AuthMode mode;
        try {
            mode = AuthMode.valueOf(auth.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--auth must be on, off or auto, got '" + auth + "'");
        }
        return new SecuritySettings(mode, insecure, ratePerMinute, clean(allowedHosts), clean(corsOrigins), tlsCert, tlsKey,
                compactWithin, pseudonymiseKeyFile);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
