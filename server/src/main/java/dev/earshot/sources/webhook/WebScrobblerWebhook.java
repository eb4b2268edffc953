package dev.earshot.sources.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.event.EventType;
import dev.earshot.sources.Listener;
import dev.earshot.sources.ListenerAuth;
import dev.earshot.sources.NotAllowedException;
import dev.earshot.sources.Scrobbles;
import dev.earshot.web.ApiException;
import dev.earshot.web.BodyReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /v1/webhooks/web-scrobbler?key=KEY}: Web Scrobbler's webhook, the one real client that reports
 * pauses. {@code nowplaying} starts a play, {@code paused}/{@code resumedplaying} pause and resume it,
 * {@code scrobble} completes it, {@code loved} is a like or an unlike. The extension can put its key only in
 * the URL; the request path is all that is ever logged or measured (never the query), so the key is not
 * written anywhere. Errors are Earshot's own JSON (this is a /v1 route); the extension only checks for 200.
 */
public final class WebScrobblerWebhook {
    public static final String PATH = "/v1/webhooks/web-scrobbler";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scrobbles scrobbles;
    private final ListenerAuth auth;
    private final long maxBodyBytes;

    public WebScrobblerWebhook(Scrobbles scrobbles, ListenerAuth auth, long maxBodyBytes) {
        this.scrobbles = scrobbles;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::receive);
    }

    private void receive(Context ctx) {
        Listener who = listener(ctx);
        WebScrobblerEvent event = WebScrobblerEvent.read(body(ctx), scrobbles.now());
        if (event.songs().isEmpty()) {
            throw WebScrobblerEvent.bad("the event carries no song");
        }
        WebScrobblerEvent.SongAt first = event.songs().get(0);
        switch (event.name()) {
            case "nowplaying" -> scrobbles.nowPlaying(who, first.song(), first.platform(), first.startedAt());
            case "paused" -> scrobbles.moment(who, first.song(), EventType.PAUSE, first.platform(), event.time());
            case "resumedplaying" -> scrobbles.moment(who, first.song(), EventType.RESUME, first.platform(), event.time());
            case "scrobble" -> scrobbles.listened(who, event.songs().stream().map(WebScrobblerEvent.SongAt::listen).toList());
            case "loved" -> scrobbles.moment(who, first.song(), event.loved() ? EventType.LIKE : EventType.UNLIKE,
                    first.platform(), event.time());
            default -> throw WebScrobblerEvent.bad("unknown eventName '" + event.name()
                    + "'; known: nowplaying, paused, resumedplaying, scrobble, loved");
        }
        ctx.json(Map.of("status", "ok"));
    }

    private Listener listener(Context ctx) {
        String secret = ctx.queryParam("key");
        String header = ctx.header("Authorization");
        if (secret == null && header != null && header.strip().toLowerCase(java.util.Locale.ROOT).startsWith("bearer ")) {
            secret = header.strip().substring(7);
        }
        if (secret == null || secret.isBlank()) {
            throw new ApiException(401, "unauthorized", "add your key to the webhook URL: " + PATH + "?key=<key>");
        }
        try {
            return auth.bySecret(secret);
        } catch (NotAllowedException e) {
            throw new ApiException(401, "unauthorized", e.getMessage());
        }
    }

    private JsonNode body(Context ctx) {
        try {
            return JSON.readTree(BodyReader.read(ctx, maxBodyBytes));
        } catch (IOException e) {
            throw new ApiException(400, "malformed_json", "the body is not JSON");
        }
    }
}
