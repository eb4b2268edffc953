package dev.earshot.sources.listenbrainz;

import dev.earshot.auth.Pseudonyms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.event.EventType;
import dev.earshot.sources.Bodies;
import dev.earshot.sources.ListenReads;
import dev.earshot.sources.Listener;
import dev.earshot.sources.ListenerAuth;
import dev.earshot.sources.Msids;
import dev.earshot.sources.NotAllowedException;
import dev.earshot.auth.RateBudget;
import dev.earshot.auth.RateLimitedException;
import dev.earshot.sources.RefusedException;
import dev.earshot.sources.Scrobbles;
import dev.earshot.sources.Transient;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ListenBrainz API a scrobbler needs, at {@code /1/…} and {@code /apis/listenbrainz/1/…} (clients build
 * the base URL with and without the {@code /1/}, as Maloja and Koito found). Answers and errors are
 * ListenBrainz's JSON ({@code {"code": N, "error": "…"}}), and a 5xx only for a fault worth retrying.
 */
public final class ListenBrainzRoutes {
    static final String[] PREFIXES = {"/1", "/apis/listenbrainz/1"};
    private static final Logger LOG = LoggerFactory.getLogger(ListenBrainzRoutes.class);
    private static final int DEFAULT_COUNT = 25;
    private static final int MAX_COUNT = 1000;

    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final ListenReads reads;
    private final BooleanSupplier keysRequired;
    private final long maxBodyBytes;
    private final Pseudonyms pseudonyms;

    public ListenBrainzRoutes(Scrobbles scrobbles, ListenerAuth auth, ListenReads reads, BooleanSupplier keysRequired,
                              long maxBodyBytes, Pseudonyms pseudonyms) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.reads = reads;
        this.keysRequired = keysRequired;
        this.maxBodyBytes = maxBodyBytes;
        this.pseudonyms = pseudonyms;
    }

    public void register(RoutesConfig routes) {
        for (String p : PREFIXES) {
            routes.post(p + "/submit-listens", guard(this::submit));
            routes.get(p + "/validate-token", guard(this::validate));
            routes.get(p + "/user/{user}/listens", guard(this::listens));
            routes.get(p + "/user/{user}/playing-now", guard(this::playingNow));
            routes.get(p + "/user/{user}/listen-count", guard(this::listenCount));
            routes.post(p + "/feedback/recording-feedback", guard(this::feedback));
        }
    }

    private void submit(Context ctx) {
        Listener who = listener(ctx, requiredToken(ctx));
        Submission s = Submission.parse(Bodies.read(ctx, maxBodyBytes), scrobbles.now());
        ObjectNode reply = Replies.ok();
        if (s.listenType().equals("playing_now")) {
            scrobbles.nowPlaying(who, s.playingNow().get(0), s.playingNowPlatforms().get(0), null);
            String returnMsid = ctx.queryParam("return_msid");
            if ("true".equalsIgnoreCase(returnMsid) || "1".equals(returnMsid)) {
                reply.put("recording_msid", Msids.of(s.playingNow().get(0).trackId()));
            }
        } else {
            scrobbles.listened(who, s.listens());
        }
        send(ctx, 200, reply);
    }

    /** As ListenBrainz: 200 with {@code valid} either way; 401 only when no token is sent at all. */
    private void validate(Context ctx) {
        String token = token(ctx).orElseGet(() -> ctx.queryParam("token"));
        if (token == null || token.isBlank()) {
            throw new NotAllowedException(NotAllowedException.Reason.INVALID,
                    "You need to provide an Authorization token.");
        }
        try {
            send(ctx, 200, Replies.tokenValid(listener(ctx, token).userId()));
        } catch (NotAllowedException e) {
            send(ctx, 200, Replies.tokenInvalid());
        }
    }

    private void listens(Context ctx) {
        String user = readable(ctx);
        int count = Math.min(MAX_COUNT, Math.max(0, intParam(ctx, "count", DEFAULT_COUNT)));
        Instant min = seconds(ctx, "min_ts");
        Instant max = seconds(ctx, "max_ts");
        send(ctx, 200, Replies.listens(user, reads.listens(user, min, max, count), reads.totals(user)));
    }

    private void playingNow(Context ctx) {
        String user = readable(ctx);
        send(ctx, 200, Replies.playingNow(user, scrobbles.playingNow(user)));
    }

    private void listenCount(Context ctx) {
        String user = readable(ctx);
        send(ctx, 200, Replies.listenCount(reads.totals(user).count()));
    }

    /** Score 1 is a like; 0 (feedback withdrawn) and -1 (hated) are an unlike: Earshot has no dislike. */
    private void feedback(Context ctx) {
        Listener who = listener(ctx, requiredToken(ctx));
        JsonNode body;
        try {
            body = Replies.JSON.readTree(Bodies.read(ctx, maxBodyBytes));
        } catch (IOException e) {
            throw Submission.bad("Cannot parse JSON document.");
        }
        if (body == null || !body.path("score").isInt() || Math.abs(body.path("score").asInt()) > 1) {
            throw Submission.bad("Score must be an integer: 1, 0 or -1.");
        }
        String msid = body.path("recording_msid").asText(null);
        String mbid = body.path("recording_mbid").asText(null);
        if (msid == null && mbid == null) {
            throw Submission.bad("JSON document must contain either recording_msid or recording_mbid.");
        }
        // A recording we cannot name a track for keeps its MusicBrainz id: the like is kept, not dropped.
        String trackId = Optional.ofNullable(msid).flatMap(Msids::trackId)
                .or(() -> Optional.ofNullable(mbid).flatMap(scrobbles::trackOfRecording))
                .orElseGet(() -> mbid != null ? "musicbrainz:recording:" + mbid : "listenbrainz:msid:" + msid);
        scrobbles.feedback(who, trackId, body.path("score").asInt() == 1 ? EventType.LIKE : EventType.UNLIKE);
        send(ctx, 200, Replies.ok());
    }

    /** The user whose listens are asked for, when the caller may read them (any caller while /v1 is open). */
    private String readable(Context ctx) {
        String user = pseudonyms.of(ctx.pathParam("user"));
        if (keysRequired.getAsBoolean()) {
            String token = requiredToken(ctx);
            RateBudget budget = auth.mayRead(token, user).orElseThrow(() ->
                    new RefusedException(401, "This token may not read the listens of " + user + "."));
            rateHeaders(ctx, budget);
        }
        return user;
    }

    /** The listener whose key this is, its request counted; the answer reports what is left of its limit. */
    private Listener listener(Context ctx, String token) {
        Listener who = auth.bySecret(token);
        rateHeaders(ctx, who.budget());
        return who;
    }

    /**
     * As ListenBrainz does on every answer to a caller it limits: clients (liblistenbrainz, Pano Scrobbler) pace
     * themselves by Remaining and Reset-In instead of waiting for a 429.
     */
    private void rateHeaders(Context ctx, RateBudget budget) {
        ctx.header("X-RateLimit-Limit", Integer.toString(budget.limit()));
        ctx.header("X-RateLimit-Remaining", Long.toString(budget.remaining()));
        ctx.header("X-RateLimit-Reset-In", Long.toString(budget.resetInSeconds()));
        ctx.header("X-RateLimit-Reset", Long.toString(scrobbles.now().getEpochSecond() + budget.resetInSeconds()));
    }

    private static String requiredToken(Context ctx) {
        return token(ctx).orElseThrow(() -> new NotAllowedException(NotAllowedException.Reason.INVALID,
                "You need to provide an Authorization header."));
    }

    /** {@code Authorization: Token KEY} in any case (Pano Scrobbler sends "token"); Bearer too. */
    static Optional<String> token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] parts = header.strip().split("\\s+", 2);
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length != 2 || !(scheme.equals("token") || scheme.equals("bearer"))) {
            throw new NotAllowedException(NotAllowedException.Reason.INVALID,
                    "Provide a valid Authorization header: Token <your token>.");
        }
        return Optional.of(parts[1].strip());
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw Submission.bad("Invalid " + name + ": it must be an integer.");
        }
    }

    private static Instant seconds(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw Submission.bad("Invalid " + name + ": it must be a Unix time in seconds.");
        }
    }

    private Handler guard(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (RefusedException e) {
                send(ctx, e.status(), Replies.error(e.status(), e.getMessage()));
            } catch (NotAllowedException e) {
                send(ctx, 401, Replies.error(401, e.getMessage()));
            } catch (RateLimitedException e) {
                // As ListenBrainz: 429 with the bucket in X-RateLimit-* (clients such as liblistenbrainz wait for Reset-In).
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                rateHeaders(ctx, new RateBudget(e.limit(), 0, e.retryAfterSeconds()));
                send(ctx, 429, Replies.error(429, "Rate limit exceeded: " + e.getMessage()));
            } catch (Exception e) {
                if (!Transient.is(e)) {
                    LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                    send(ctx, 500, Replies.error(500, "Something went wrong on the server; see its log."));
                    return;
                }
                ctx.header("Retry-After", Integer.toString(Transient.RETRY_AFTER_SECONDS));
                send(ctx, 503, Replies.error(503, Transient.message(e)));
            }
        };
    }

    private static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
