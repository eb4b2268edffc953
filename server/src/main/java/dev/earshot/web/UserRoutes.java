package dev.earshot.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.earshot.auth.Admission;
import dev.earshot.auth.ApiKey;
import dev.earshot.auth.Pseudonyms;
import dev.earshot.store.EventOrigin;
import dev.earshot.users.Compaction;
import dev.earshot.users.UserErasure;
import dev.earshot.users.UserProfile;
import dev.earshot.users.UserProfiles;
import dev.earshot.users.UserSearch;
import dev.earshot.users.UserSummary;
import dev.earshot.users.UserWrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** GET /v1/users (search), /v1/users/{id}/profile and /v1/users/{id}/wrapped; DELETE /v1/users/{id} (erasure); DELETE /v1/events?source= (bulk deletion); POST /v1/admin/compact. */
final class UserRoutes {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final UserSearch search;
    private final UserProfiles profiles;
    private final UserWrapped wrapped;
    private final UserErasure erasure;
    private final Compaction compaction;
    private final Clock clock;
    private final Pseudonyms pseudonyms;

    UserRoutes(UserSearch search, UserProfiles profiles, UserWrapped wrapped, UserErasure erasure,
               Compaction compaction, Clock clock, Pseudonyms pseudonyms) {
        this.search = search;
        this.profiles = profiles;
        this.wrapped = wrapped;
        this.erasure = erasure;
        this.compaction = compaction;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
    }

    /** The rows removed per table; the bytes leave the file at the next compaction. */
    record Erased(String userId, long deletedEvents, Map<String, Long> removed, String bytesGone) {
    }

    /** The profile with its recent events in the exact format of GET /v1/events. */
    record SourceErased(long deleted, String source) {
    }

    record ProfileBody(@JsonUnwrapped UserProfile profile, @JsonRawValue String recentEvents) {
    }

    void register(RoutesConfig routes) {
        // Without from/to the search counts all time (finding an id); with them, only the range (ranking).
        routes.get("/v1/users", ctx -> ctx.json(Map.of("items", search(ctx))));
        routes.get("/v1/users/{id}/profile", this::profile);
        routes.get("/v1/users/{id}/wrapped", ctx -> ctx.json(wrapped.wrapped(userId(ctx),
                new QueryParams(ctx).filter(clock)).orElseThrow(() -> unknown(ctx))));
        routes.delete("/v1/users/{id}", ctx -> {
            UserErasure.Erased e = erasure.erase(userId(ctx), Admission.keyOf(ctx).map(ApiKey::id))
                    .orElseThrow(() -> unknown(ctx));
            ctx.json(new Erased(e.userId(), e.deletedEvents(), e.removed(),
                    "at the next compaction (POST /v1/admin/compact, or automatically)"));
        });
        // Bulk deletion by source (simulated data, an import gone wrong) is an erasure too: the same machinery.
        routes.delete("/v1/events", ctx -> {
            EventOrigin source = source(ctx);
            ctx.json(new SourceErased(erasure.eraseSource(source), source.wire()));
        });
        routes.post("/v1/admin/compact", ctx -> ctx.json(compaction.compact()));
    }

    private void profile(Context ctx) {
        UserProfile p = profiles.profile(userId(ctx), new QueryParams(ctx).filter(clock))
                .orElseThrow(() -> unknown(ctx));
        ctx.json(new ProfileBody(p, new String(EventsJson.array(p.recentEvents()), StandardCharsets.UTF_8)));
    }

    /** The source a bulk deletion names: required, and one Earshot writes, so that a typo deletes nothing. */
    private static EventOrigin source(Context ctx) {
        String source = new QueryParams(ctx).value("source");
        if (source == null) {
            throw QueryParams.bad("source", "is required: the source whose events to delete, e.g. simulation");
        }
        if (!EventOrigin.known(source)) {
            throw QueryParams.bad("source", "'" + source + "' is not a source; one of "
                    + String.join(", ", EventOrigin.FIXED) + " or import:<format>");
        }
        return new EventOrigin(source);
    }

    private List<UserSummary> search(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        String q = params.value("q");
        return search.search(q == null ? "" : q, params.integer("limit", DEFAULT_LIMIT, MAX_LIMIT),
                params.filter(params.rangeOrAll(clock)));
    }

    /** The listener a path names, as the warehouse keeps them. */
    private String userId(Context ctx) {
        return pseudonyms.of(ctx.pathParam("id"));
    }

    private static ApiException unknown(Context ctx) {
        return new ApiException(404, "not_found", "no user with user_id '" + ctx.pathParam("id") + "'");
    }
}
