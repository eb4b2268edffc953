package dev.earshot.web;

import dev.earshot.rules.CleanupRules;
import dev.earshot.rules.RuleStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** GET and PUT /v1/rules: the cleanup rules (read and admin scope, see auth.RouteScopes). */
final class RuleRoutes {
    private final RuleStore rules;

    RuleRoutes(RuleStore rules) {
        this.rules = rules;
    }

    /**
     * The body of PUT: what GET answers, so that a client can edit and send it back; {@code updated_at} and
     * {@code excluded_listens} are the server's and ignored.
     */
    record Body(CleanupRules.Exclusions exclude, List<CleanupRules.Merge> merges, List<CleanupRules.Split> splits,
                Instant updatedAt, Long excludedListens) {
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/rules", ctx -> ctx.json(rules.current()));
        routes.put("/v1/rules", this::replace);
    }

    private void replace(Context ctx) {
        Body body = RequestJson.read(ctx, Body.class, new Body(null, null, null, null, null), "invalid_rules");
        ctx.json(rules.replace(new CleanupRules(body.exclude(), body.merges(), body.splits())));
    }
}
