package dev.earshot.web;

import dev.earshot.auth.KeyRequest;
import dev.earshot.auth.KeyStore;
import dev.earshot.auth.KeyView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** POST, GET /v1/keys and DELETE /v1/keys/{id}: key management (admin scope, see auth.RouteScopes). */
final class KeyRoutes {
    private final KeyStore keys;

    KeyRoutes(KeyStore keys) {
        this.keys = keys;
    }

    /** The body of POST /v1/keys. */
    record CreateBody(List<String> scopes, String userId, String name) {
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/keys", this::create);
        routes.get("/v1/keys", ctx -> ctx.json(Map.of("items",
                keys.list().stream().map(k -> KeyView.of(k, keys)).toList())));
        routes.delete("/v1/keys/{id}", this::revoke);
    }

    private void create(Context ctx) {
        CreateBody body = RequestJson.read(ctx, CreateBody.class, new CreateBody(List.of(), null, null), "invalid_key");
        KeyRequest request;
        try {
            request = KeyRequest.parse(body.scopes(), body.userId(), body.name());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_key", e.getMessage());
        }
        ctx.status(201).json(KeyView.created(keys.create(request)));
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam("id");
        if (!keys.revoke(id)) {
            throw new ApiException(404, "not_found", "no key with id '" + id + "'");
        }
        ctx.json(keys.list().stream().filter(k -> k.id().equals(id)).map(k -> KeyView.of(k, keys)).findFirst()
                .orElseThrow());
    }
}
