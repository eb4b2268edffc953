package dev.earshot.web;

import dev.earshot.sources.ProtocolErrors;
import dev.earshot.sources.Transient;
import java.util.Optional;
import dev.earshot.auth.AuthException;
import dev.earshot.auth.RateLimitedException;
import dev.earshot.event.MalformedJsonException;
import dev.earshot.event.TooManyEventsException;
import dev.earshot.ingest.OutcomeUnknownException;
import dev.earshot.ingest.OverloadedException;
import dev.earshot.models.EnrichmentOffException;
import dev.earshot.rules.InvalidRulesException;
import dev.earshot.analytics.InvalidParameterException;
import dev.earshot.simulations.FeedTooLargeException;
import dev.earshot.simulations.TooManySimulationsException;
import dev.earshot.store.StoreUnavailableException;
import dev.earshot.store.WarehouseException;
import dev.earshot.store.WriteFault;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an HTTP status and the JSON error shape, in one place, from the exception's type (never
 * from its message). The one Retry-After rule: every 429, 503 and 507 says {@value Transient#RETRY_AFTER_SECONDS} s, since
 * each is a condition that clears by itself (a full queue, a model still fitting, a store that reopens) and a
 * retry is cheap to answer; a client that keeps being refused backs off on its own.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), ErrorBody.of(e)));
        routes.exception(MalformedJsonException.class, (e, ctx) -> send(ctx, 400, ErrorBody.of("malformed_json",
                e.getMessage(), List.of(Map.of("line", e.line(), "column", e.column())))));
        routes.exception(TooManyEventsException.class, (e, ctx) -> send(ctx, 413, ErrorBody.of("too_many_events",
                e.getMessage(), List.of(Map.of("max_events", e.limit())))));
        routes.exception(EnrichmentOffException.class, (e, ctx) -> send(ctx, 409, ErrorBody.of("enrichment_off",
                e.getMessage(), List.of())));
        routes.exception(InvalidParameterException.class, (e, ctx) -> send(ctx, 400, ErrorBody.of("invalid_parameter",
                e.getMessage(), List.of(Map.of("field", e.parameter(), "message", e.reason())))));
        routes.exception(InvalidRulesException.class, (e, ctx) ->
                send(ctx, 400, ErrorBody.of("invalid_rules", e.getMessage(), e.problems())));
        routes.exception(OverloadedException.class, (e, ctx) ->
                send(ctx, 503, ErrorBody.of("unavailable", e.getMessage(), List.of())));
        routes.exception(FeedTooLargeException.class, (e, ctx) ->
                send(ctx, 422, ErrorBody.of("feed_too_large", e.getMessage(), List.of())));
        routes.exception(TooManySimulationsException.class, (e, ctx) ->
                send(ctx, 429, ErrorBody.of("too_many_simulations", e.getMessage(), List.of())));
        routes.exception(WarehouseException.class, (e, ctx) -> {
            // The cause may quote the database engine, which an answer never names: it goes to the log.
            LOG.error("storage failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 503, ErrorBody.of("storage_unavailable",
                    "the event store cannot answer just now; retry shortly", List.of()));
        });
        routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            boolean full = e.fault() == WriteFault.DISK_FULL;
            send(ctx, full ? 507 : 503, ErrorBody.of(full ? "disk_full" : "storage_unavailable", e.getMessage(),
                    List.of(Map.of("cause", e.fault().wire(), "stored", false))));
        });
        routes.exception(OutcomeUnknownException.class, (e, ctx) ->
                send(ctx, 503, ErrorBody.of("outcome_unknown", e.getMessage(), List.of(Map.of("stored", "unknown")))));
        routes.exception(AuthException.class, (e, ctx) -> send(ctx, e.status(), ErrorBody.of(e.code(), e.getMessage(),
                List.of())));
        routes.exception(RateLimitedException.class, (e, ctx) -> {
            // A key's bucket knows exactly when its next token comes: that, not the general rule, is the wait.
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
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

    static void send(Context ctx, int status, Object body) {
        if ((status == 429 || status == 503 || status == 507) && ctx.res().getHeader("Retry-After") == null) {
            ctx.header("Retry-After", Integer.toString(Transient.RETRY_AFTER_SECONDS));
        }
        var protocol = body instanceof ErrorBody e
                ? ProtocolErrors.of(ctx.path(), ctx.queryString(), status, e.error().message()) : Optional.<ProtocolErrors.Refusal>empty();
        if (protocol.isPresent()) {
            ctx.status(status).contentType(protocol.get().contentType()).result(protocol.get().body());
            return;
        }
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
