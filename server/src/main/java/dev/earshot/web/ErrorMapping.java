package dev.earshot.web;

import dev.earshot.auth.AuthException;
import dev.earshot.auth.RateLimitedException;
import dev.earshot.event.MalformedJsonException;
import dev.earshot.event.TooManyEventsException;
import dev.earshot.ingest.OverloadedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to an HTTP status and the JSON error shape, in one place. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    static final int RETRY_AFTER_SECONDS = 1;

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), ErrorBody.of(e)));
        routes.exception(MalformedJsonException.class, (e, ctx) -> send(ctx, 400, ErrorBody.of("malformed_json",
                e.getMessage(), List.of(Map.of("line", e.line(), "column", e.column())))));
        routes.exception(TooManyEventsException.class, (e, ctx) -> send(ctx, 413, ErrorBody.of("too_many_events",
                e.getMessage(), List.of(Map.of("max_events", e.limit())))));
        routes.exception(OverloadedException.class, (e, ctx) -> {
            retryAfter(ctx, RETRY_AFTER_SECONDS);
            send(ctx, 503, ErrorBody.of("unavailable", e.getMessage(), List.of()));
        });
        routes.exception(AuthException.class, (e, ctx) -> send(ctx, e.status(), ErrorBody.of(e.code(), e.getMessage(),
                List.of())));
        routes.exception(RateLimitedException.class, (e, ctx) -> {
            retryAfter(ctx, e.retryAfterSeconds());
            send(ctx, 429, ErrorBody.of("rate_limited", e.getMessage(), List.of()));
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, e.getStatus(), ErrorBody.of(codeFor(e.getStatus()), e.getMessage(), List.of())));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, ErrorBody.of("internal", "unexpected server error; see the server log", List.of()));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null) {
                send(ctx, 404, ErrorBody.of("not_found", "no route for " + ctx.method() + " " + ctx.path(), List.of()));
            }
        });
    }

    private static void retryAfter(Context ctx, long seconds) {
        ctx.header("Retry-After", Long.toString(seconds));
    }

    static void send(Context ctx, int status, Object body) {
        ctx.status(status).json(body);
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 413 -> "too_large";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> "http_" + status;
        };
    }
}
