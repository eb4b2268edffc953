package dev.earshot.web;

import dev.earshot.auth.SecuritySettings;
import dev.earshot.sources.ProtocolErrors;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What keeps a web page in someone's browser from driving the server (DESIGN §3), checked before every route:
 * the Host header must name this server (a DNS-rebinding page sends its own name), a request from another origin
 * is refused unless {@code --cors-origins} lists that origin (and then its preflight is answered), and every
 * write with a body must be JSON, which a page cannot send cross-origin without a preflight (a "simple" text/plain
 * or form POST is refused with 415). Keys travel only in the Authorization header, never in a cookie, so a page
 * cannot borrow a signed-in browser's key either.
 */
final class BrowserSafety {
    /**
     * Paths whose bodies are not ours to choose: the scrobbler protocols and webhooks speak their own formats
     * (form-encoded Last.fm and Audioscrobbler, ListenBrainz, vendors' webhooks), and uploads of exports (multipart
     * files or a zip; a cross-origin page is still refused by the Origin check above, and writes need a key).
     */
    static final List<String> OWN_FORMAT_PATHS = Stream.concat(ProtocolErrors.PATHS.stream(),
            Stream.of("/v1/webhooks/", "/v1/imports")).toList();
    /** Browser extensions' origins: Web Scrobbler posts from its background page, which a web page cannot pose as. */
    static final List<String> EXTENSION_SCHEMES = List.of("chrome-extension://", "moz-extension://",
            "safari-web-extension://");
    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";

    private final Set<String> hosts;
    private final Set<String> origins;

    BrowserSafety(String bindHost, SecuritySettings security) {
        Set<String> h = new LinkedHashSet<>();
        if (security.allowedHosts().isEmpty()) {
            h.add(bindHost);
            h.addAll(List.of("localhost", "127.0.0.1", "[::1]", "::1"));
        } else {
            h.addAll(security.allowedHosts());
        }
        this.hosts = lower(h);
        this.origins = lower(new LinkedHashSet<>(security.corsOrigins()));
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(hostName(host))) {
            throw new ApiException(421, "unknown_host", "this server does not answer to the host '"
                    + (host == null ? "" : host) + "'; start it with --allowed-hosts to add a name");
        }
        String origin = ctx.header("Origin");
        String method = ctx.method().name();
        if (origin != null && !sameOrigin(origin, host) && !extensionOnOwnFormatPath(origin, ctx.path())) {
            if (!origins.contains(origin.toLowerCase(Locale.ROOT))) {
                throw new ApiException(403, "origin_not_allowed", "requests from the origin '" + origin
                        + "' are not allowed; start the server with --cors-origins to allow it");
            }
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            if (method.equals("OPTIONS") && ctx.header("Access-Control-Request-Method") != null) {
                ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
                ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                ctx.header("Access-Control-Max-Age", "600");
                ctx.status(204);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if (hasBody(ctx, method) && OWN_FORMAT_PATHS.stream().noneMatch(ctx.path()::startsWith) && !json(ctx.contentType())) {
            throw new ApiException(415, "unsupported_media_type", "a request body must be JSON: send"
                    + " Content-Type: application/json", List.of(java.util.Map.of("accepted",
                    List.of("application/json", MediaTypes.NDJSON))));
        }
    }

    private static boolean extensionOnOwnFormatPath(String origin, String path) {
        String o = origin.toLowerCase(Locale.ROOT);
        return EXTENSION_SCHEMES.stream().anyMatch(o::startsWith) && OWN_FORMAT_PATHS.stream().anyMatch(path::startsWith);
    }

    private static boolean hasBody(Context ctx, String method) {
        if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE"))) {
            return false;
        }
        String length = ctx.header("Content-Length");
        return ctx.header("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }

    /** JSON, JSON lines, or any {@code +json} type. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json") || type.equals(MediaTypes.NDJSON)
                || type.equals("application/ndjson") || type.equals("application/jsonl");
    }

    /** The name in a Host header, without its port: {@code [::1]:8080} → {@code [::1]}. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean sameOrigin(String origin, String host) {
        String o = origin.toLowerCase(Locale.ROOT);
        String h = host.strip().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    private static Set<String> lower(Set<String> in) {
        Set<String> out = new LinkedHashSet<>();
        in.forEach(s -> out.add(s.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
